import { aDocumentDraft, aGuideDraft, aQaDraft } from '../support/drafts';
import { createTestApp } from './support/app';

let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
let resident: string;
let neighbour: string;
let guide: string;

beforeAll(async () => {
  app = await createTestApp('guides');
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
  resident = (await app.tokens.issue('u-resident', [])).token;
  neighbour = (await app.tokens.issue('u-neighbour', [])).token;
  guide = await publish(aGuideDraft());
});

afterAll(() => app.drop());

async function publish(
  draft:
    | ReturnType<typeof aGuideDraft>
    | ReturnType<typeof aDocumentDraft>
    | ReturnType<typeof aQaDraft>,
  id?: string,
) {
  const saved = id
    ? await app.call('updateDraft', { token: editor, pathParameters: { id }, body: draft })
    : await app.call('createDraft', { token: editor, body: draft });
  expect(saved.status).toBe(200);
  const itemId = saved.body.data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id: itemId } });
  expect(
    (await app.call('publishItem', { token: reviewer, pathParameters: { id: itemId }, body: {} }))
      .status,
  ).toBe(200);
  return itemId;
}

const rate = (token: string, body: object, id = guide) =>
  app.call('rateGuide', { token, pathParameters: { id }, body });

describe('service guides', () => {
  test('a guide goes through review and residents read every field, with its card in the topic list', async () => {
    const page = await app.call('getContent', { pathParameters: { id: guide } });
    const list = await app.call('listContent', { query: { kind: 'guide', topic: 'household' } });

    expect(page.body.data.item).toMatchObject({
      kind: 'guide',
      code: 'GUIDE-TEST-001',
      materials: aGuideDraft().materials,
      hours: aGuideDraft().hours,
      fee: { free: true },
    });
    expect(page.body.data.rating).toEqual({ count: 0, byScore: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } });
    expect(list.body.data.items).toEqual([
      expect.objectContaining({ id: guide, code: 'GUIDE-TEST-001', promisedDays: 10, free: true }),
    ]);
  });

  test('a promise longer than the law allows is refused under its field', async () => {
    const response = await app.call('createDraft', {
      token: editor,
      body: aGuideDraft({ statutoryDays: 5, promisedDays: 10 }),
    });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'promisedDays', message: '承诺办结时限不能长于法定办结时限' },
    ]);
  });

  test('a change to a published guide keeps its history, field by field', async () => {
    const id = await publish(aGuideDraft({ code: 'GUIDE-TEST-002' }));
    await publish(
      aGuideDraft({
        code: 'GUIDE-TEST-002',
        promisedDays: 7,
        fee: { free: false, amount: '20 元/证', basis: '发改价格〔2019〕1号' },
      }),
      id,
    );

    const revisions = await app.call('listRevisions', { token: reviewer, pathParameters: { id } });

    expect(revisions.body.data.map((revision: { version: number }) => revision.version)).toEqual([
      2, 1,
    ]);
    expect(revisions.body.data[0].changes.map((change: { label: string }) => change.label)).toEqual(
      ['承诺办结时限', '收费'],
    );
  });

  test('a guide links the documents it rests on, and the document lists the guide', async () => {
    const document = await publish(aDocumentDraft({ title: '居住证管理实施办法' }));
    const id = await publish(aGuideDraft({ code: 'GUIDE-TEST-003', documentIds: [document] }));

    expect((await app.call('getContent', { pathParameters: { id } })).body.data.documents).toEqual([
      expect.objectContaining({ id: document }),
    ]);
    expect(
      (await app.call('getContent', { pathParameters: { id: document } })).body.data.related,
    ).toEqual([expect.objectContaining({ id, kind: 'guide' })]);
  });
});

describe('Q&A about a guide', () => {
  test('a Q&A shows the guides it is about, each guide its Q&A; a new guide version updates the card', async () => {
    const id = await publish(aGuideDraft({ code: 'QA-LINK-001', promisedDays: 10 }));
    const qa = await publish(aQaDraft({ title: '居住证多久能拿到？', guideIds: [id] }));

    expect((await app.call('getContent', { pathParameters: { id: qa } })).body.data.guides).toEqual(
      [expect.objectContaining({ id, kind: 'guide', promisedDays: 10 })],
    );
    expect((await app.call('getContent', { pathParameters: { id } })).body.data.related).toEqual([
      expect.objectContaining({ id: qa, kind: 'qa' }),
    ]);

    await publish(aGuideDraft({ code: 'QA-LINK-001', promisedDays: 5 }), id);

    expect((await app.call('getContent', { pathParameters: { id: qa } })).body.data.guides).toEqual(
      [expect.objectContaining({ id, promisedDays: 5 })],
    );
  });

  test('a Q&A cannot be published about a guide residents cannot read', async () => {
    const draft = await app.call('createDraft', {
      token: editor,
      body: aGuideDraft({ code: 'QA-LINK-002' }),
    });
    const created = await app.call('createDraft', {
      token: editor,
      body: aQaDraft({ guideIds: [draft.body.data.id] }),
    });
    await app.call('submitForReview', {
      token: editor,
      pathParameters: { id: created.body.data.id },
    });

    const published = await app.call('publishItem', {
      token: reviewer,
      pathParameters: { id: created.body.data.id },
      body: {},
    });

    expect(published.status).toBe(409);
  });
});

describe('好差评 of a guide', () => {
  test('one rating per person, changeable; residents see the counts and the average', async () => {
    expect((await rate(resident, { score: 5 })).body.data).toMatchObject({
      count: 1,
      average: 5,
      mine: 5,
    });
    expect(
      (await rate(neighbour, { score: 2, problems: ['missing_material'], reason: '还需要户口本' }))
        .body.data,
    ).toMatchObject({ count: 2, average: 3.5 });
    expect((await rate(resident, { score: 4 })).body.data).toMatchObject({
      count: 2,
      average: 3,
      byScore: { 5: 0, 4: 1, 2: 1 },
    });

    expect(
      (await app.call('getContent', { pathParameters: { id: guide } })).body.data.rating,
    ).toMatchObject({ count: 2, average: 3 });
  });

  test('a poor rating must say what was wrong', async () => {
    const response = await rate(resident, { score: 1 });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'problems', message: '请选择哪里有问题，方便我们改正' },
    ]);
  });

  test('staff see every reason and the problems counted, never who wrote them', async () => {
    const view = await app.call('listGuideRatings', {
      token: reviewer,
      pathParameters: { id: guide },
    });

    expect(view.body.data).toMatchObject({
      count: 2,
      problems: { missing_material: 1, unclear_steps: 0 },
    });
    expect(view.body.data.recent).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          score: 2,
          problems: ['missing_material'],
          reason: '还需要户口本',
        }),
      ]),
    );
    expect(view.text).not.toMatch(/u-resident|u-neighbour/);
    expect(
      (await app.call('listGuideRatings', { token: resident, pathParameters: { id: guide } }))
        .status,
    ).toBe(403);
  });

  test('only a published guide can be rated', async () => {
    const document = await publish(aDocumentDraft({ title: '不接受评价的文件' }));

    expect((await rate(resident, { score: 5 }, document)).status).toBe(404);
    expect((await app.call('getContent', { pathParameters: { id: guide } })).text).not.toContain(
      '还需要户口本',
    );
  });
});

describe('事项编码', () => {
  test('is unique across the catalogue, named under its field; a code given up can be taken', async () => {
    const first = await app.call('createDraft', {
      token: editor,
      body: aGuideDraft({ code: 'UNIQUE-001' }),
    });
    const clash = await app.call('createDraft', {
      token: editor,
      body: aGuideDraft({ code: 'UNIQUE-001' }),
    });
    expect(clash.status).toBe(400);
    expect(clash.body.error.fields).toEqual([
      { field: 'code', message: '事项编码「UNIQUE-001」已被其他办事指南使用' },
    ]);

    await app.call('updateDraft', {
      token: editor,
      pathParameters: { id: first.body.data.id },
      body: aGuideDraft({ code: 'UNIQUE-002' }),
    });

    expect(
      (await app.call('createDraft', { token: editor, body: aGuideDraft({ code: 'UNIQUE-001' }) }))
        .status,
    ).toBe(200);
  });
});
