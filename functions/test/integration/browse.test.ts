import { chinaDate, nextDay, type BrowseItemView } from '@sunshine/shared';
import { aDocumentDraft, aDraft, aGuideDraft, aNoticeDraft, aQaDraft } from '../support/drafts';
import { createTestApp } from './support/app';

/**
 * The content browser (data-model #164–168) against DynamoDB Local: 64 items of five kinds, two
 * authors and four statuses, read page by page past the staff home's 50.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let secondEditor: string;
let reviewer: string;
let admin: string;

/** Every id created, oldest first. */
const created: string[] = [];
const ids: Record<string, string> = {};

async function create(token: string, body: object) {
  const response = await app.call('createDraft', { token, body });
  expect(response.status).toBe(200);
  const id = response.body.data.id as string;
  created.push(id);
  return id;
}

async function browse(token: string, query: Record<string, string> = {}) {
  return app.call('browseWorkflowItems', { token, query });
}

/** Every page of a browse, following the cursor to the end. */
async function browseAll(query: Record<string, string> = {}) {
  const items: BrowseItemView[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const response = await browse(reviewer, { ...query, ...(cursor && { cursor }) });
    expect(response.status).toBe(200);
    items.push(...(response.body.data.items as BrowseItemView[]));
    cursor = response.body.data.nextCursor;
    pages++;
  } while (cursor && pages < 20);
  return { items, pages };
}

const idsOf = (items: BrowseItemView[]) => items.map((item) => item.id);

beforeAll(async () => {
  app = await createTestApp('browse');
  editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
  secondEditor = await app.addStaff('u-editor2', ['editor'], 'active', '王编辑');
  reviewer = await app.addStaff('u-reviewer', ['reviewer'], 'active', '李审核');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '陈管理');

  // 58 interpretations by one editor, one at a time so each has its own moment.
  for (let n = 1; n <= 58; n++)
    await create(editor, aDraft({ title: `出入境政策解读第${n}篇`, office: 'exit-entry' }));
  ids.document = await create(
    secondEditor,
    aDocumentDraft({
      title: '关于调整户籍窗口办公时间的通知',
      number: '上公发〔2026〕99号',
      office: 'population',
      topic: 'household',
      category: 'management',
      body: `第一条 ${'为方便群众办事。'.repeat(200)}户籍大厅开设夜间办证窗口，每周三延时至晚八点。`,
    }),
  );
  ids.notice = await create(secondEditor, aNoticeDraft({ title: '权威发布：暴雨天气出行提示' }));
  ids.qa = await create(secondEditor, aQaDraft({ title: '身份证丢了怎么补办？' }));
  ids.guide = await create(
    secondEditor,
    aGuideDraft({ title: '居住证申领', code: 'GUIDE-BROWSE-001' }),
  );
  ids.published = await create(
    editor,
    aDocumentDraft({ title: '出入境证件全市通办实施办法', number: '上公发〔2026〕8号' }),
  );
  ids.returned = await create(editor, aDraft({ title: '被退回的解读' }));

  // submitForReview checks the caller is an editor, not the author: one token submits all.
  for (const id of [ids.qa, ids.guide, ids.published, ids.returned, created[0], created[1]])
    await app.call('submitForReview', { token: editor, pathParameters: { id: id! } });
  const published = await app.call('publishItem', {
    token: reviewer,
    pathParameters: { id: ids.published },
    body: {},
  });
  expect(published.status).toBe(200);
  ids.indexNumber = published.body.data.indexNumber;
  await app.call('returnDraft', {
    token: reviewer,
    pathParameters: { id: ids.returned },
    body: { comment: '请补充依据' },
  });
}, 240_000);

afterAll(() => app.drop());

describe('paging', () => {
  test('every item of every kind and status, newest change first, past 50 with no duplicate and no gap', async () => {
    const { items, pages } = await browseAll();

    expect(pages).toBe(Math.ceil(created.length / 20));
    expect(items).toHaveLength(created.length);
    expect(new Set(idsOf(items))).toEqual(new Set(created));
    const changes = items.map((item) => item.updatedAt);
    expect(changes).toEqual([...changes].sort().reverse());
    expect(new Set(items.map((item) => item.kind))).toEqual(
      new Set(['interpretation', 'document', 'notice', 'qa', 'guide']),
    );
  });

  test('oldest first is the same items the other way round', async () => {
    const newest = await browseAll({ limit: '50' });
    const oldest = await browseAll({ limit: '50', order: 'oldest' });

    expect(newest.pages).toBe(2);
    expect(idsOf(oldest.items)).toEqual(idsOf(newest.items).reverse());
  });

  test('a cursor not of ours is a 400 that says to start again', async () => {
    const response = await browse(reviewer, { cursor: 'bm90LWEtY3Vyc29y' });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'cursor', message: '翻页参数无效，请从第一页重新加载' },
    ]);
  });
  test('a cursor from before the range `from` starts is a 400 that says to start again, not a 500', async () => {
    const cursor = Buffer.from('2026-01-01T00:00:00.000Z#01J00000000000000000000000').toString(
      'base64url',
    );

    const response = await browse(reviewer, { from: '2026-06-01', cursor });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'cursor', message: '翻页参数无效，请从第一页重新加载' },
    ]);
  });

  test('a cursor kept after `to` changes to before it is a 400 that says to start again, not a 500', async () => {
    const first = await browse(reviewer, { limit: '5' });
    const cursor = first.body.data.nextCursor as string;

    const response = await browse(reviewer, { to: '2026-01-01', cursor });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'cursor', message: '翻页参数无效，请从第一页重新加载' },
    ]);
  });
});

describe('filters', () => {
  test('by kind', async () => {
    const { items } = await browseAll({ kind: 'document' });

    expect(new Set(idsOf(items))).toEqual(new Set([ids.document, ids.published]));
  });

  test('by status: waiting for review, returned, published', async () => {
    const inReview = await browseAll({ status: 'in_review' });
    const returned = await browseAll({ status: 'returned' });
    const published = await browseAll({ status: 'published' });

    expect(new Set(idsOf(inReview.items))).toEqual(
      new Set([ids.qa, ids.guide, created[0], created[1]]),
    );
    expect(idsOf(returned.items)).toEqual([ids.returned]);
    expect(idsOf(published.items)).toEqual([ids.published]);
    expect(published.items[0]).toMatchObject({
      status: 'published',
      indexNumber: ids.indexNumber,
      number: '上公发〔2026〕8号',
      publishedVersion: 1,
    });
  });

  test('by author, alone and with a status', async () => {
    const theirs = await browseAll({ author: 'u-editor2' });
    const theirsInReview = await browseAll({ author: 'u-editor2', status: 'in_review' });

    expect(new Set(idsOf(theirs.items))).toEqual(
      new Set([ids.document, ids.notice, ids.qa, ids.guide]),
    );
    expect(theirs.items.every((item) => item.owner.displayName === '王编辑')).toBe(true);
    expect(new Set(idsOf(theirsInReview.items))).toEqual(new Set([ids.qa, ids.guide]));
  });

  test('by office, category and topic', async () => {
    const office = await browseAll({ office: 'population' });
    const category = await browseAll({ category: 'management' });
    const topic = await browseAll({ topic: 'household', kind: 'document' });

    // The guide's office is population too (its draft's default).
    expect(new Set(idsOf(office.items))).toEqual(new Set([ids.document, ids.guide]));
    expect(idsOf(category.items)).toEqual([ids.document]);
    expect(idsOf(topic.items)).toEqual([ids.document]);
  });

  test('by the date of the last change, in China time', async () => {
    const today = chinaDate(new Date());

    const fromToday = await browseAll({ from: today, to: today, limit: '50' });
    const before = await browseAll({ to: nextDay(today, -1) });
    const after = await browseAll({ from: nextDay(today) });

    expect(fromToday.items).toHaveLength(created.length);
    expect(before.items).toEqual([]);
    expect(after.items).toEqual([]);
  });

  test('a date range backwards is a 400 naming the field', async () => {
    const response = await browse(reviewer, { from: '2026-03-02', to: '2026-03-01' });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'to', message: '起始日期不能晚于截止日期' },
    ]);
  });
});

describe('search', () => {
  test('by 文号', async () => {
    const { items } = await browseAll({ q: '上公发〔2026〕99号' });

    expect(idsOf(items)).toEqual([ids.document]);
  });

  test('by 文号 typed with half-width or square brackets, which match 〔〕', async () => {
    const halfWidth = await browseAll({ q: '上公发[2026]99号' });
    const fullWidthSquare = await browseAll({ q: '上公发［2026］99号' });
    const lenticular = await browseAll({ q: '上公发【2026】99号' });

    expect(idsOf(halfWidth.items)).toEqual([ids.document]);
    expect(idsOf(fullWidthSquare.items)).toEqual([ids.document]);
    expect(idsOf(lenticular.items)).toEqual([ids.document]);
  });

  test("by a guide's 设定依据 and 申请条件 (a consultation's 起草依据 is the same `basis` path)", async () => {
    const basis = await browseAll({ q: '居住证暂行条例' });
    const eligibility = await browseAll({ q: '合法稳定住所' });

    expect(idsOf(basis.items)).toEqual([ids.guide]);
    expect(idsOf(eligibility.items)).toEqual([ids.guide]);
  });

  test('by 索引号', async () => {
    const { items } = await browseAll({ q: ids.indexNumber! });

    expect(idsOf(items)).toEqual([ids.published]);
  });

  test('by words far into a long body', async () => {
    const { items } = await browseAll({ q: '夜间办证窗口' });

    expect(idsOf(items)).toEqual([ids.document]);
  });

  test('by title, across pages', async () => {
    const { items, pages } = await browseAll({ q: '出入境政策解读', limit: '25' });

    expect(pages).toBe(3);
    expect(items).toHaveLength(58);
    expect(new Set(idsOf(items)).size).toBe(58);
  });

  test('by 事项编码, and nothing for a word nobody wrote', async () => {
    const code = await browseAll({ q: 'GUIDE-BROWSE-001' });
    const none = await browseAll({ q: '不存在的词语' });

    expect(idsOf(code.items)).toEqual([ids.guide]);
    expect(none.items).toEqual([]);
  });
});

describe('who may browse', () => {
  test('editors and reviewers may; the signed-out are 401, residents and admins alone 403', async () => {
    const resident = (await app.tokens.issue('u-resident', [])).token;

    expect((await browse(editor)).status).toBe(200);
    expect((await browse(reviewer)).status).toBe(200);
    expect((await app.call('browseWorkflowItems', {})).status).toBe(401);
    expect((await browse(resident)).status).toBe(403);
    expect((await browse(admin)).status).toBe(403);
  });
});

describe('the 作者 choices', () => {
  test('every editor, revoked ones after the active, by name: id, name and whether active only', async () => {
    await app.addStaff('u-editor-gone', ['editor'], 'revoked', '赵编辑');
    const response = await app.call('listItemAuthors', { token: reviewer });

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([
      { userId: 'u-editor2', name: '王编辑', active: true },
      { userId: 'u-editor', name: '张编辑', active: true },
      { userId: 'u-editor-gone', name: '赵编辑', active: false },
    ]);
  });

  test('a chosen author browses exactly their items', async () => {
    const { items } = await browseAll({ author: 'u-editor2' });
    expect(new Set(items.map((item) => item.owner.userId))).toEqual(new Set(['u-editor2']));
    expect(items.length).toBeGreaterThan(0);
  });

  test('editors and reviewers may ask; residents and admins alone are 403', async () => {
    const resident = (await app.tokens.issue('u-resident', [])).token;
    expect((await app.call('listItemAuthors', { token: editor })).status).toBe(200);
    expect((await app.call('listItemAuthors', { token: resident })).status).toBe(403);
    expect((await app.call('listItemAuthors', { token: admin })).status).toBe(403);
  });
});
