import { PostingListEngine } from '../../src/adapters/search/posting-list-engine';
import { LiveIndex } from '../../src/domain/search/live-index';
import { searchContent } from '../../src/domain/search/search-content';
import { anInterpretation, testId } from '../support/interpretations';
import { InMemorySearchCorpus } from '../support/in-memory-search-corpus';

describe('LiveIndex', () => {
  test('builds once for concurrent first searches, then serves from memory while fresh', async () => {
    const corpus = new InMemorySearchCorpus([anInterpretation()]);
    const index = new LiveIndex(corpus, new PostingListEngine(), { now: () => new Date(0) }, 60_000);

    await Promise.all([index.ready(), index.ready(), index.ready()]);
    await index.ready();

    expect(corpus.reads).toBe(1);
  });

  test('once stale, answers from the old index at once and rebuilds in the background', async () => {
    let now = 0;
    const corpus = new InMemorySearchCorpus([anInterpretation({ id: testId(1), title: '旧的解读' })]);
    const index = new LiveIndex(corpus, new PostingListEngine(), { now: () => new Date(now) }, 60_000);
    await index.ready();
    corpus.items = [anInterpretation({ id: testId(2), title: '新发布的解读' })];
    let release = () => undefined as void;
    corpus.gate = new Promise<void>((resolve) => (release = resolve));
    now = 61_000;

    const stale = await (await index.ready()).search({ q: '新发布', type: 'interpretation', limit: 5 });
    release();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const fresh = await (await index.ready()).search({ q: '新发布', type: 'interpretation', limit: 5 });

    expect(stale).toEqual([]);
    expect(fresh.map((document) => document.id)).toEqual([testId(2)]);
    expect(corpus.reads).toBe(2);
  });
});

describe('LiveIndex, warm and never rebuilt (the clock stands still)', () => {
  const frozen = { now: () => new Date(0) };

  test('a search after a withdrawal does not return the withdrawn item', async () => {
    const corpus = new InMemorySearchCorpus([anInterpretation({ id: testId(1), title: '涉及个人信息的解读' }), anInterpretation({ id: testId(2), title: '另一篇个人信息保护解读' })]);
    const index = new LiveIndex(corpus, new PostingListEngine(), frozen, 60_000);
    const before = await searchContent(index, { q: '个人信息', limit: 10 });
    expect(before.hits.map((hit) => hit.id)).toContain(testId(1));

    corpus.withdraw(testId(1));
    const after = await searchContent(index, { q: '个人信息', limit: 10 });

    expect(after.hits.map((hit) => hit.id)).not.toContain(testId(1));
    expect(after.hits.map((hit) => hit.id)).toContain(testId(2));
    expect(corpus.reads).toBe(1);
  });

  test('a search after a republication with a new title serves neither the old title nor the old snippet', async () => {
    const corpus = new InMemorySearchCorpus([anInterpretation({ id: testId(3), title: '旧标题的户籍解读', sections: { background: '旧的背景说明。', keyPoints: '要点。', highlights: '亮点。', measures: '措施。' } })]);
    const index = new LiveIndex(corpus, new PostingListEngine(), frozen, 60_000);
    await searchContent(index, { q: '户籍', limit: 10 });

    corpus.publish(anInterpretation({ id: testId(3), title: '新标题的户籍解读', sections: { background: '新的背景说明。', keyPoints: '要点。', highlights: '亮点。', measures: '措施。' }, updatedAt: '2023-06-01T02:00:00.000Z' }));
    const byOldTitle = await searchContent(index, { q: '旧标题', limit: 10 });
    const byTopic = await searchContent(index, { q: '背景说明', type: 'interpretation', limit: 10 });

    expect(byOldTitle.hits.map((hit) => hit.id)).not.toContain(testId(3));
    expect(byTopic.hits).toEqual([expect.objectContaining({ id: testId(3), title: '新标题的户籍解读', snippet: expect.stringContaining('新的背景说明') })]);
    expect(JSON.stringify(byTopic)).not.toContain('旧');
  });
});
