import { aDraft } from '../support/drafts';
import { createTestApp } from './support/app';
import { downloadExport } from './support/exports';

let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let secondEditor: string;
let reviewer: string;
let editorReviewer: string;
let admin: string;

beforeAll(async () => {
  app = await createTestApp('workflow');
  editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
  secondEditor = await app.addStaff('u-editor2', ['editor'], 'active', '王编辑');
  reviewer = await app.addStaff('u-reviewer', ['reviewer'], 'active', '李审核');
  editorReviewer = await app.addStaff('u-both', ['editor', 'reviewer'], 'active', '赵兼任');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '陈管理');
});

afterAll(() => app.drop());

async function createAndSubmit(token: string, title: string) {
  const created = await app.call('createDraft', { token, body: aDraft({ title }) });
  const id = created.body.data.id as string;
  await app.call('submitForReview', { token, pathParameters: { id } });
  return id;
}

describe('review before publishing', () => {
  test('draft → review → returned with a comment → fixed → published, and residents see it', async () => {
    const created = await app.call('createDraft', {
      token: editor,
      body: aDraft({ title: '初稿标题' }),
    });
    expect(created.status).toBe(200);
    const id = created.body.data.id as string;
    expect(created.body.data).toMatchObject({
      status: 'draft',
      publishedVersion: 0,
      editors: [{ userId: 'u-editor', displayName: '张编辑' }],
    });

    const submitted = await app.call('submitForReview', { token: editor, pathParameters: { id } });
    expect(submitted.body.data.status).toBe('in_review');
    const queue = await app.call('listWorkflowItems', {
      token: reviewer,
      query: { view: 'review' },
    });
    expect(queue.body.data.map((item: { id: string }) => item.id)).toContain(id);

    const returned = await app.call('returnDraft', {
      token: reviewer,
      pathParameters: { id },
      body: { comment: '标题请写明文件名称' },
    });
    expect(returned.body.data).toMatchObject({
      status: 'returned',
      review: { comment: '标题请写明文件名称', by: { displayName: '李审核' } },
    });

    await app.call('updateDraft', {
      token: editor,
      pathParameters: { id },
      body: aDraft({ title: '《出入境证件全市通办实施办法》解读' }),
    });
    await app.call('submitForReview', { token: editor, pathParameters: { id } });
    const published = await app.call('publishItem', {
      token: reviewer,
      pathParameters: { id },
      body: {},
    });
    expect(published.body.data).toMatchObject({ status: 'published', publishedVersion: 1 });

    const publicList = await app.call('listContent', { query: { limit: '50' } });
    expect(publicList.body.data.items).toEqual([
      expect.objectContaining({ id, title: '《出入境证件全市通办实施办法》解读', demo: false }),
    ]);
    const publicItem = await app.call('getContent', { pathParameters: { id } });
    expect(publicItem.body.data.item).toMatchObject({
      id,
      document: { title: '出入境证件全市通办实施办法' },
      sections: { keyPoints: '全市通办。' },
    });
  });

  test('an editor of a draft cannot approve it, even holding the reviewer role (four eyes)', async () => {
    const id = await createAndSubmit(editorReviewer, '自编自审的稿件');

    const attempt = await app.call('publishItem', {
      token: editorReviewer,
      pathParameters: { id },
      body: {},
    });

    expect(attempt.status).toBe(403);
    expect(attempt.body.error.message).toContain('四眼原则');
    expect(
      (await app.call('getWorkflowItem', { token: reviewer, pathParameters: { id } })).body.data
        .status,
    ).toBe('in_review');
  });

  test('a draft under review cannot be edited until it is returned', async () => {
    const id = await createAndSubmit(editor, '审核中的稿件');

    const attempt = await app.call('updateDraft', {
      token: secondEditor,
      pathParameters: { id },
      body: aDraft(),
    });

    expect(attempt.status).toBe(409);
    expect(attempt.body.error.message).toContain('待审核');
  });

  test('saving a draft unchanged writes nothing and logs nothing', async () => {
    const created = await app.call('createDraft', {
      token: editor,
      body: aDraft({ title: '未改动的稿件' }),
    });
    const id = created.body.data.id as string;

    const saved = await app.call('updateDraft', {
      token: editor,
      pathParameters: { id },
      body: aDraft({ title: '未改动的稿件' }),
    });

    expect(saved.body.data.updatedAt).toBe(created.body.data.updatedAt);
    const audit = await app.call('listAudit', { token: admin, query: { itemId: id } });
    expect(audit.body.data.items.map((entry: { action: string }) => entry.action)).toEqual([
      'content.create',
    ]);
  });

  test('a bad draft is refused with a message naming each field', async () => {
    const attempt = await app.call('createDraft', {
      token: editor,
      body: { ...aDraft(), title: '', qa: [{ question: '问题', answer: '' }] },
    });

    expect(attempt.status).toBe(400);
    expect(attempt.body.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'title', message: '标题不能为空' },
        { field: 'qa.0.answer', message: '回答不能为空' },
      ]),
    );
  });

  test('a published item keeps every version; staff see what changed; residents see the latest', async () => {
    const id = await createAndSubmit(editor, '第一版标题');
    // A first version has nothing published to compare with.
    const first = await app.call('getWorkflowItem', { token: reviewer, pathParameters: { id } });
    expect(first.body.data.pendingChanges).toBeUndefined();
    await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });

    const edited = await app.call('updateDraft', {
      token: secondEditor,
      pathParameters: { id },
      body: aDraft({
        title: '第二版标题',
        sections: { ...aDraft().sections, measures: '新增网上预约。' },
      }),
    });
    expect(edited.body.data).toMatchObject({ status: 'draft', editors: [{ userId: 'u-editor2' }] });
    expect((await app.call('getContent', { pathParameters: { id } })).body.data.item.title).toBe(
      '第一版标题',
    );
    await app.call('submitForReview', { token: secondEditor, pathParameters: { id } });
    // The reviewer sees what the new version changes from the published one.
    const awaiting = await app.call('getWorkflowItem', { token: reviewer, pathParameters: { id } });
    expect(awaiting.body.data.pendingChanges).toEqual([
      { field: 'title', label: '标题', before: '第一版标题', after: '第二版标题' },
      {
        field: 'sections.measures',
        label: '落实措施',
        before: '窗口延时服务。',
        after: '新增网上预约。',
      },
    ]);
    // The first version's editor may approve the second: they did not edit it.
    const second = await app.call('publishItem', {
      token: editorReviewer,
      pathParameters: { id },
      body: {},
    });
    expect(second.body.data.publishedVersion).toBe(2);

    const revisions = await app.call('listRevisions', { token: reviewer, pathParameters: { id } });
    expect(revisions.body.data.map((revision: { version: number }) => revision.version)).toEqual([
      2, 1,
    ]);
    expect(revisions.body.data[0].changes).toEqual([
      { field: 'title', label: '标题', before: '第一版标题', after: '第二版标题' },
      {
        field: 'sections.measures',
        label: '落实措施',
        before: '窗口延时服务。',
        after: '新增网上预约。',
      },
    ]);
    expect((await app.call('getContent', { pathParameters: { id } })).body.data.item.title).toBe(
      '第二版标题',
    );
  });

  test('a withdrawn item leaves the public lists and says why it went', async () => {
    const id = await createAndSubmit(editor, '将要撤回的解读');
    await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });

    const withdrawn = await app.call('withdrawItem', {
      token: reviewer,
      pathParameters: { id },
      body: { reason: '政策已调整，另行发布' },
    });

    expect(withdrawn.body.data.status).toBe('withdrawn');
    const list = await app.call('listContent', { query: { limit: '50' } });
    expect(list.body.data.items.map((item: { id: string }) => item.id)).not.toContain(id);
    const page = await app.call('getContent', { pathParameters: { id } });
    expect(page.status).toBe(410);
    expect(page.body.error.message).toContain('政策已调整，另行发布');
    const { DynamoSearchCorpus } = await import('../../src/adapters/dynamo/search-corpus');
    const corpus = await new DynamoSearchCorpus(app.table.client, app.table.tableName).published();
    expect(corpus.map((item) => item.id)).not.toContain(id);
  });

  test('search finds what is published, and nothing before it is', async () => {
    const id = await createAndSubmit(editor, '出入境证件全市通办政策解读');
    const before = await app.call('search', { query: { q: '出入境证件全市通办' } });
    expect(before.body.data.hits.map((hit: { id: string }) => hit.id)).not.toContain(id);

    await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });
    // A new container builds its index from the corpus.
    const { LiveIndex } = await import('../../src/domain/search/live-index');
    const { DynamoSearchCorpus } = await import('../../src/adapters/dynamo/search-corpus');
    const { PostingListEngine } = await import('../../src/adapters/search/posting-list-engine');
    const { searchContent } = await import('../../src/domain/search/search-content');
    const fresh = new LiveIndex(
      new DynamoSearchCorpus(app.table.client, app.table.tableName),
      new PostingListEngine(),
    );
    const after = await searchContent(fresh, { q: '出入境证件全市通办', limit: 10 });

    expect(after.hits[0]).toMatchObject({
      type: 'interpretation',
      id,
      title: '出入境证件全市通办政策解读',
    });
  });

  test('a scheduled item goes live when due, credited to the reviewer who scheduled it', async () => {
    const id = await createAndSubmit(editor, '定时发布的解读');
    const inOneHour = new Date(Date.now() + 3600_000).toISOString();
    const scheduled = await app.call('publishItem', {
      token: reviewer,
      pathParameters: { id },
      body: { publishAt: inOneHour },
    });
    expect(scheduled.body.data).toMatchObject({ status: 'scheduled', publishAt: inOneHour });
    expect((await app.call('getContent', { pathParameters: { id } })).status).toBe(404);

    const { publishDue } = await import('../../src/domain/workflow/review');
    const { workflowDeps } = await import('../../src/wiring/content');
    const notYet = await publishDue(workflowDeps());
    const later = await publishDue({
      ...workflowDeps(),
      clock: { now: () => new Date(Date.now() + 2 * 3600_000) },
    });

    expect(notYet).toEqual([]);
    expect(later).toEqual([id]);
    expect((await app.call('getContent', { pathParameters: { id } })).status).toBe(200);
    const revisions = await app.call('listRevisions', { token: reviewer, pathParameters: { id } });
    expect(revisions.body.data[0].publishedBy).toEqual({
      userId: 'u-reviewer',
      displayName: '李审核',
    });
  });

  test('the audit log shows each step with who, which roles and what', async () => {
    const id = await createAndSubmit(editor, '审计用稿件');
    await app.call('returnDraft', {
      token: reviewer,
      pathParameters: { id },
      body: { comment: '请补充落实措施' },
    });

    const audit = await app.call('listAudit', { token: admin, query: { itemId: id } });

    expect(audit.body.data.items.map((entry: { action: string }) => entry.action)).toEqual([
      'content.return',
      'content.submit',
      'content.create',
    ]);
    expect(audit.body.data.items[0]).toMatchObject({
      actorId: 'u-reviewer',
      actorName: '李审核',
      roles: ['reviewer'],
      summary: expect.stringContaining('请补充落实措施'),
    });
  });

  test('the audit log exports as CSV that spreadsheets read, with formulas defused', async () => {
    const mischief = await app.addStaff(
      'u-mischief',
      ['editor'],
      'active',
      '=HYPERLINK("http://x")',
    );
    await app.call('createDraft', { token: mischief, body: aDraft({ title: '含"引号"的标题' }) });

    const csv = await downloadExport(await app.call('exportAudit', { token: admin }));

    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(
      csv.text.startsWith('\uFEFF时间,操作人,操作人编号,角色,操作,对象类型,对象编号,摘要\r\n'),
    ).toBe(true);
    expect(csv.text).toContain(
      `"'=HYPERLINK(""http://x"")",u-mischief,编辑,新建稿件,interpretation`,
    );
    expect(csv.text).toContain('"新建「含""引号""的标题」"');
  });
});
