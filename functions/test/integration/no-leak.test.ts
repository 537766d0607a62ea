import {
  CATEGORY_LABELS,
  CONTENT_KINDS,
  DATASET_IDS,
  OFFICES,
  REPORT_TABLES,
  ROUTES,
  TOPICS,
  type RouteName,
} from '@sunshine/shared';
import {
  aConsultationDraft,
  aDocumentDraft,
  aDraft,
  aNoticeDraft,
  aQaDraft,
} from '../support/drafts';
import { createTestApp } from './support/app';
import type { EventOptions } from '../support/events';

/**
 * Nothing a resident may not see leaves through a public route: documents disclosed only on
 * application or not at all, drafts, items in review, scheduled items, withdrawn items and a
 * document whose later version was made not disclosed. Every public route of the contract must
 * have probes here: a new public route without them fails the first test.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
const MARK = '绝密演练';
const hidden: string[] = [];
const consultations: string[] = [];
/** An applicant's phone and identity number (in full and as stored, masked), a commenter's phone: never in a public answer. */
const PERSONAL = /13987654321|11010519491231002X|1\*+002X|13800000009/;

type Probe = Omit<EventOptions, 'path'>;
type PublicRoute = {
  [K in RouteName]: (typeof ROUTES)[K]['access'] extends 'public' ? K : never;
}[RouteName];

const categories = Object.keys(CATEGORY_LABELS);
const PROBES: Record<PublicRoute, () => Probe[]> = {
  listContent: () =>
    CONTENT_KINDS.flatMap((kind) => [
      { query: { kind, limit: '50' } },
      ...categories.map((category) => ({ query: { kind, category, limit: '50' } })),
      ...OFFICES.map((office) => ({ query: { kind, office, limit: '50' } })),
      ...TOPICS.map((topic) => ({ query: { kind, topic, limit: '50' } })),
    ]),
  getContent: () => hidden.map((id) => ({ pathParameters: { id } })),
  search: () =>
    [undefined, ...CONTENT_KINDS].flatMap((type) =>
      [MARK, '演练', '内部'].map((q) => ({ query: { q, limit: '20', ...(type ? { type } : {}) } })),
    ),
  login: () => [{ body: { code: 'no-such-code' } }],
  health: () => [{}],
  releasesFeed: () => [{}],
  listTopics: () => [{}],
  getBureau: () => [{}],
  getNegativeList: () => [{}],
  listOpenData: () => [{}],
  listComments: () =>
    [...consultations, ...hidden].map((id) => ({ pathParameters: { id }, query: { limit: '50' } })),
  subscriptionOptions: () => [{}, { query: { topic: 'question:01HTEST0000000000000000Q01' } }],
  getReportTableCsv: () =>
    hidden.flatMap((id) => REPORT_TABLES.map((table) => ({ pathParameters: { id, table } }))),
  getReportPrintable: () => hidden.map((id) => ({ pathParameters: { id } })),
  listOpenConcerns: () => [{}],
  getConcern: () => hidden.map((id) => ({ pathParameters: { id } })),
  getOpenData: () =>
    DATASET_IDS.flatMap((dataset) =>
      ['json', 'csv'].map((format) => ({ pathParameters: { dataset }, query: { format } })),
    ),
};

beforeAll(async () => {
  app = await createTestApp('no-leak');
  const editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
  const reviewer = await app.addStaff('u-reviewer', ['reviewer'], 'active', '李审核');
  const create = async (
    draft:
      | Parameters<typeof aDraft>[0]
      | ReturnType<typeof aDocumentDraft>
      | ReturnType<typeof aQaDraft>
      | ReturnType<typeof aNoticeDraft>,
  ) => (await app.call('createDraft', { token: editor, body: draft })).body.data.id as string;
  const submit = (id: string) =>
    app.call('submitForReview', { token: editor, pathParameters: { id } });
  const approve = (id: string, body = {}) =>
    app.call('publishItem', { token: reviewer, pathParameters: { id }, body });
  const secret = (what: string) => ({ title: `${MARK}：${what}`, summary: `${MARK}内部` });
  // The negative list counts these under their ground; their basis, like their title, stays inside.
  const withholding = { ground: 'internal_affairs' as const, basis: `${MARK}依据` };

  // A public document, so the routes have something to answer with.
  const open = await create(aDocumentDraft({ title: '公开的文件' }));
  await submit(open);
  await approve(open);

  for (const disclosure of ['not_disclosed', 'on_application'] as const) {
    const id = await create(
      aDocumentDraft({ ...secret(disclosure), body: `${MARK}正文`, disclosure, withholding }),
    );
    await submit(id);
    expect((await approve(id)).body.data.status).toBe('published');
    hidden.push(id);
  }
  hidden.push(await create(aDraft(secret('草稿'))));
  const inReview = await create(aQaDraft({ title: `${MARK}：待审问答`, answer: `${MARK}回答` }));
  await submit(inReview);
  hidden.push(inReview);
  const scheduled = await create(aNoticeDraft({ title: `${MARK}：定时通告`, body: `${MARK}正文` }));
  await submit(scheduled);
  await approve(scheduled, { publishAt: new Date(Date.now() + 86_400_000).toISOString() });
  hidden.push(scheduled);
  const withdrawn = await create(aDraft(secret('撤回的解读')));
  await submit(withdrawn);
  await approve(withdrawn);
  await app.call('withdrawItem', {
    token: reviewer,
    pathParameters: { id: withdrawn },
    body: { reason: '已调整' },
  });
  hidden.push(withdrawn);
  const closed = await create(aDocumentDraft(secret('后改为不予公开')));
  await submit(closed);
  await approve(closed);
  await app.call('updateDraft', {
    token: editor,
    pathParameters: { id: closed },
    body: aDocumentDraft({ ...secret('后改为不予公开'), disclosure: 'not_disclosed', withholding }),
  });
  await submit(closed);
  await approve(closed);
  hidden.push(closed);

  // A consultation's comments: one waiting for review, one kept from the public, one shown whose
  // commenter left a name and a phone number. Only the shown text may come out.
  const consultation = await create(aConsultationDraft() as never);
  await submit(consultation);
  await approve(consultation);
  consultations.push(consultation);
  const resident = (await app.tokens.issue('u-commenter', [])).token;
  const say = async (text: string, extra = {}) =>
    (
      await app.call('submitComment', {
        token: resident,
        pathParameters: { id: consultation },
        body: {
          clientKey: `no-leak-comment-${text.length}-${hidden.length}`,
          text,
          consent: true,
          ...extra,
        },
      })
    ).body.data.id as string;
  const moderate = (commentId: string, body: object) =>
    app.call('moderateComment', {
      token: reviewer,
      pathParameters: { id: consultation, commentId },
      body,
    });
  hidden.push(await say(`${MARK}：待审意见`));
  const refused = await say(`${MARK}：不予公开的意见`);
  await moderate(refused, { approve: false, reason: '与草案无关' });
  hidden.push(refused);
  const shown = await say('公开的意见', { name: MARK, contact: '13800000009' });
  expect((await moderate(shown, { approve: true })).status).toBe(200);
  // A disclosure application: its text, the applicant's contact and identity number stay with disclosure staff.
  const applicant = (await app.tokens.issue('u-applicant', [])).token;
  const applied = await app.call('submitApplication', {
    token: applicant,
    body: {
      clientKey: 'no-leak-application-0001',
      applicant: { type: 'person', name: `${MARK}申请人` },
      identity: { type: 'resident_id', number: '11010519491231002X' },
      contact: { phone: '13987654321' },
      description: `${MARK}：申请公开的信息`,
      delivery: { form: 'paper', method: 'pickup' },
      consent: true,
    },
  });
  expect(applied.status).toBe(200);
  hidden.push(applied.body.data.id);
});

afterAll(() => app.drop());

test('every public route of the contract has probes here', () => {
  const publicRoutes = (Object.keys(ROUTES) as RouteName[]).filter(
    (name) => ROUTES[name].access === 'public',
  );

  expect(Object.keys(PROBES).sort()).toEqual(publicRoutes.sort());
});

test('the public document is reachable, so the probes can see content', async () => {
  const list = await app.call('listContent', { query: { kind: 'document' } });

  expect(list.body.data.items.map((card: { title: string }) => card.title)).toEqual(['公开的文件']);
});

describe.each(Object.keys(PROBES) as PublicRoute[])('%s', (name) => {
  test('answers nothing hidden: no title, text or id of a hidden item', async () => {
    const probes = PROBES[name]();
    expect(probes.length).toBeGreaterThan(0);
    for (const probe of probes) {
      const response = await app.call(name, probe);
      expect(response.status).not.toBe(500);
      expect(response.text).not.toContain(MARK);
      expect(response.text).not.toMatch(PERSONAL);
      for (const id of hidden) {
        if (name !== 'getContent') expect(response.text).not.toContain(id);
      }
      if (name === 'getContent')
        expect(response.status === 404 || response.status === 410).toBe(true);
    }
  });
});
