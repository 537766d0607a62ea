import { PostingListEngine } from '../../src/adapters/search/posting-list-engine';
import { LiveIndex } from '../../src/domain/search/live-index';
import { searchContent } from '../../src/domain/search/search-content';
import { DEMO_IDS } from '../../src/seed/demo-documents';
import { DEMO_INTERPRETATIONS } from '../../src/seed/demo-interpretations';
import { DEMO_CONTENT } from '../../src/seed/seed-demo';
import { InMemorySearchCorpus } from '../support/in-memory-search-corpus';

/** Relevance on a fixed Chinese corpus: the demo library, the bureau's work plan (document and interpretation) among it. */
const PLAN = DEMO_INTERPRETATIONS.find((item) =>
  item.document.title.includes('政务公开工作考核方案'),
)!;
const byTitle = (fragment: string) =>
  DEMO_INTERPRETATIONS.find((item) => item.title.includes(fragment))!;

// What the search corpus holds: publicly disclosed items only (the not-disclosed demo document is not).
const PUBLIC = DEMO_CONTENT.filter(
  (item) => item.kind !== 'document' || item.disclosure === 'proactive',
);
const index = new LiveIndex(new InMemorySearchCorpus(PUBLIC), new PostingListEngine());
const search = (
  q: string,
  extra: { type?: 'document' | 'interpretation' | 'qa' | 'notice' } = {},
) => searchContent(index, { q, limit: 10, ...extra });

describe('search relevance', () => {
  test.each([
    ['舆情回应', () => PLAN.id],
    ['政务公开 考核', () => PLAN.id],
    ['电动自行车上牌', () => byTitle('电动自行车').id],
    ['户籍 一窗通办', () => byTitle('一窗通办').id],
    ['执法公示', () => byTitle('执法公示').id],
  ])('"%s" finds the right interpretation first', async (q, expected) => {
    const { hits } = await search(q, { type: 'interpretation' });

    expect(hits[0]?.id).toBe(expected());
  });

  test.each([
    ['工作方案 五公开', 'document', DEMO_IDS.workPlan],
    ['电动自行车 通告', 'document', DEMO_IDS.ebikeNotice],
    ['交通管制', 'notice', '01H0000000DEM000000000N002'],
    ['安全账户 转账', 'qa', '01H0000000DEM000000000Q003'],
  ] as const)('"%s" finds the right %s first', async (q, type, expected) => {
    const { hits } = await search(q, { type });

    expect(hits[0]?.id).toBe(expected);
  });

  test('across every kind, 舆情回应 finds the work plan first: its document or its interpretation', async () => {
    const { hits } = await search('舆情回应');

    expect([DEMO_IDS.workPlan, PLAN.id]).toContain(hits[0]?.id);
  });

  test('a query in traditional characters finds the simplified text', async () => {
    const simplified = await search('舆情回应');
    const traditional = await search('輿情回應');

    expect(traditional.hits.map((hit) => hit.id)).toEqual(simplified.hits.map((hit) => hit.id));
    expect(traditional.hits.length).toBeGreaterThan(0);
  });

  test('a question finds the policy Q&A that answers it', async () => {
    const { hits } = await search('重大突发事件多久发布权威信息', { type: 'qa' });

    expect(hits[0]).toMatchObject({ type: 'qa', id: PLAN.id, qaIndex: expect.any(Number) });
    expect(PLAN.qa[hits[0]!.qaIndex!]!.question).toMatch(/5小时|五小时|权威信息/);
  });

  test('marks where the query matched in the title and the snippet', async () => {
    const { hits } = await search('执法公示');
    const hit = hits[0]!;

    const [start, end] = hit.titleHighlights[0]!;
    expect(hit.title.slice(start, end)).toBe('执法公示');
    expect(hit.snippetHighlights.length).toBeGreaterThan(0);
    for (const [a, b] of hit.snippetHighlights)
      expect('执法公示').toContain(hit.snippet.slice(a, b).slice(0, 2));
  });

  test('keeps to the category asked for', async () => {
    const { hits } = await searchContent(index, { q: '公开', category: 'management', limit: 10 });

    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.category === 'management')).toBe(true);
  });

  test('when no item has every word, offers those with some of them', async () => {
    const { hits } = await search('执法公示 火星探测器', { type: 'interpretation' });

    expect(hits[0]?.id).toBe(byTitle('执法公示').id);
  });

  test('finds nothing for words the corpus does not have', async () => {
    const { hits } = await search('火星探测器');

    expect(hits).toEqual([]);
  });
});
