import { customTopicKey, topicLabel } from '@sunshine/shared';
import { aGuideDraft } from '../support/drafts';
import { guideCsv, guideRow } from '../support/guide-csv';
import { createTestApp } from './support/app';

/** Topics (guide categories) staff add to the built-in ones. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let editor: string;
let reviewer: string;

beforeAll(async () => {
  app = await createTestApp('topics');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '陈管理');
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
});

afterAll(() => app.drop());

describe('topics staff add', () => {
  test('an admin adds 消防; it is listed after the built-in topics, named from its key alone, and audited', async () => {
    const added = await app.call('addTopic', { token: admin, body: { label: '消防' } });

    expect(added.body.data).toEqual({ key: customTopicKey('消防'), label: '消防', custom: true });
    expect(topicLabel(added.body.data.key)).toBe('消防');
    const list = await app.call('listTopics');
    expect(list.body.data.at(-1)).toEqual(added.body.data);
    expect(list.body.data[0]).toEqual({ key: 'transparency', label: '政务公开', custom: false });
    const audit = await app.call('listAudit', { token: admin });
    expect(audit.body.data.items[0]).toMatchObject({
      action: 'topic.add',
      summary: '新增主题「消防」',
    });
  });

  test('a name already there is refused, built-in or added; only admins add', async () => {
    expect((await app.call('addTopic', { token: admin, body: { label: '消防' } })).status).toBe(
      409,
    );
    expect((await app.call('addTopic', { token: admin, body: { label: '户籍管理' } })).status).toBe(
      409,
    );
    expect((await app.call('addTopic', { token: editor, body: { label: '特警' } })).status).toBe(
      403,
    );
    expect(
      (await app.call('addTopic', { token: admin, body: { label: '' } })).body.error.fields,
    ).toEqual([{ field: 'label', message: '请填写主题名称' }]);
  });

  test('a guide filed under an added topic is browsed by it; a topic not added is refused', async () => {
    const created = await app.call('createDraft', {
      token: editor,
      body: aGuideDraft({ code: 'FIRE-001', title: '消防安全检查', topic: customTopicKey('消防') }),
    });
    const id = created.body.data.id as string;
    await app.call('submitForReview', { token: editor, pathParameters: { id } });
    await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });

    const list = await app.call('listContent', {
      query: { kind: 'guide', topic: customTopicKey('消防') },
    });
    expect(list.body.data.items.map((card: { id: string }) => card.id)).toEqual([id]);

    const unknown = await app.call('createDraft', {
      token: editor,
      body: aGuideDraft({ code: 'FIRE-002', topic: customTopicKey('不存在') }),
    });
    expect(unknown.body.error.fields).toEqual([
      { field: 'topic', message: '该主题不存在，请选择已有主题或请管理员先新增' },
    ]);
  });

  test('a spreadsheet names an added topic by its name; an unknown one is a problem of its row', async () => {
    const file = guideCsv(
      guideRow('FIRE-010', { 类别: '消防' }),
      guideRow('FIRE-011', { 类别: '特警' }),
    );
    const created = await app.call('createImportUpload', {
      token: editor,
      body: { format: 'csv', size: file.length },
    });
    const { key, upload } = created.body.data as {
      key: string;
      upload: { url: string; fields: Record<string, string> };
    };
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    form.append('file', new Blob([file]), 'catalogue.csv');
    await fetch(upload.url, { method: 'POST', body: form });

    let view = (
      await app.call('startGuideImport', { token: editor, body: { key, mode: 'valid_only' } })
    ).body.data;
    while (view.phase !== 'done' && view.phase !== 'rejected')
      view = (
        await app.call('continueGuideImport', { token: editor, pathParameters: { id: view.id } })
      ).body.data;

    expect(view).toMatchObject({ phase: 'done', created: 1, invalid: 1 });
    expect(view.problems).toEqual([
      { line: 3, column: '类别', message: '类别「特警」不存在，请先由管理员新增' },
    ]);
  });
});
