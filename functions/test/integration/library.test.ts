import type { ContentDraft } from '@sunshine/shared';
import { aDocumentDraft, aDraft, aNoticeDraft, aQaDraft } from '../support/drafts';
import { createTestApp } from './support/app';

let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;

beforeAll(async () => {
  app = await createTestApp('library');
  editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
  reviewer = await app.addStaff('u-reviewer', ['reviewer'], 'active', '李审核');
});

afterAll(() => app.drop());

/** Write, submit and approve a version; answers the publish response. */
async function publish(draft: ContentDraft, id?: string) {
  const saved = id
    ? await app.call('updateDraft', { token: editor, pathParameters: { id }, body: draft })
    : await app.call('createDraft', { token: editor, body: draft });
  expect(saved.status).toBe(200);
  const itemId = saved.body.data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id: itemId } });
  const published = await app.call('publishItem', {
    token: reviewer,
    pathParameters: { id: itemId },
    body: {},
  });
  return { id: itemId, published };
}

const view = async (id: string) =>
  (await app.call('getContent', { pathParameters: { id } })).body.data;

describe('policy documents and what rests on them', () => {
  test('an interpretation released with its document shows the document; the document lists it', async () => {
    const { id: documentId } = await publish(aDocumentDraft({ title: '电动自行车登记管理办法' }));
    const { id } = await publish(aDraft({ title: '《电动自行车登记管理办法》解读', documentId }));
    const { id: qaId } = await publish(
      aQaDraft({ title: '电动自行车上牌收费吗？', documentIds: [documentId] }),
    );

    const interpretation = await view(id);
    expect(interpretation.documents).toEqual([
      expect.objectContaining({
        id: documentId,
        title: '电动自行车登记管理办法',
        validity: 'in_force',
      }),
    ]);
    const document = await view(documentId);
    expect(document.item).toMatchObject({
      kind: 'document',
      body: expect.stringContaining('第一条'),
    });
    expect(document.related.map((card: { id: string }) => card.id).sort()).toEqual(
      [id, qaId].sort(),
    );
  });

  test('a new version of the document changes the validity its interpretations show', async () => {
    const { id: documentId } = await publish(aDocumentDraft({ title: '将被废止的办法' }));
    const { id } = await publish(aDraft({ documentId }));

    await publish(aDocumentDraft({ title: '将被废止的办法', validity: 'repealed' }), documentId);

    expect((await view(id)).documents).toEqual([
      expect.objectContaining({ id: documentId, validity: 'repealed' }),
    ]);
  });

  test('an interpretation cannot be published linked to a document residents cannot read', async () => {
    const draftDocument = await app.call('createDraft', {
      token: editor,
      body: aDocumentDraft({ title: '尚未发布的文件' }),
    });
    const documentId = draftDocument.body.data.id as string;

    const { id, published } = await publish(aDraft({ documentId }));

    expect(published.status).toBe(409);
    expect(published.body.error.message).toContain('尚未公开发布');
    expect((await app.call('getContent', { pathParameters: { id } })).status).toBe(404);
  });

  test('a withdrawn document is shown on its interpretations only as withdrawn: no title, summary or number of it', async () => {
    const { id: documentId } = await publish(aDocumentDraft({ title: '将撤回的文件' }));
    const { id } = await publish(aDraft({ documentId }));

    await app.call('withdrawItem', {
      token: reviewer,
      pathParameters: { id: documentId },
      body: { reason: '内容有误' },
    });

    const response = await app.call('getContent', { pathParameters: { id } });
    expect(response.body.data.documents).toEqual([{ id: documentId, withdrawn: true }]);
    expect(JSON.stringify(response.body)).not.toContain('将撤回的文件');
  }, 30_000);

  test('a document whose new version is not disclosed leaves the public side with its links', async () => {
    const { id: documentId } = await publish(aDocumentDraft({ title: '改为不予公开的文件' }));
    const { id } = await publish(aDraft({ documentId }));

    const second = await publish(
      aDocumentDraft({ title: '改为不予公开的文件', disclosure: 'not_disclosed' }),
      documentId,
    );

    expect(second.published.body.data).toMatchObject({ status: 'published', publishedVersion: 2 });
    expect((await app.call('getContent', { pathParameters: { id: documentId } })).status).toBe(404);
    expect((await view(id)).documents).toEqual([]);
    const staffView = await app.call('getWorkflowItem', {
      token: reviewer,
      pathParameters: { id: documentId },
    });
    expect(staffView.body.data.draft).toMatchObject({ disclosure: 'not_disclosed' });
  });

  test('browsing: documents by office and by topic, Q&A by category', async () => {
    const { id } = await publish(
      aDocumentDraft({ title: '网络安全等级保护工作指引', office: 'cyber', topic: 'cyber' }),
    );

    const byOffice = await app.call('listContent', {
      query: { kind: 'document', office: 'cyber' },
    });
    const byTopic = await app.call('listContent', { query: { kind: 'document', topic: 'cyber' } });
    const otherOffice = await app.call('listContent', {
      query: { kind: 'document', office: 'traffic' },
    });

    expect(byOffice.body.data.items.map((card: { id: string }) => card.id)).toEqual([id]);
    expect(byTopic.body.data.items.map((card: { id: string }) => card.id)).toEqual([id]);
    expect(otherOffice.body.data.items.map((card: { id: string }) => card.id)).not.toContain(id);
  });
});

describe('authoritative notices', () => {
  test('an urgent notice is first in the review queue, and published it shows as urgent', async () => {
    const routine = await app.call('createDraft', {
      token: editor,
      body: aDraft({ title: '普通解读' }),
    });
    await app.call('submitForReview', {
      token: editor,
      pathParameters: { id: routine.body.data.id },
    });
    const urgent = await app.call('createDraft', {
      token: editor,
      body: aNoticeDraft({ title: '紧急交通管制通告', urgent: true }),
    });
    const id = urgent.body.data.id as string;
    await app.call('submitForReview', { token: editor, pathParameters: { id } });
    const later = await app.call('createDraft', {
      token: editor,
      body: aDraft({ title: '更晚提交的解读' }),
    });
    await app.call('submitForReview', {
      token: editor,
      pathParameters: { id: later.body.data.id },
    });

    const queue = await app.call('listWorkflowItems', {
      token: reviewer,
      query: { view: 'review' },
    });
    expect(queue.body.data[0]).toMatchObject({ id, kind: 'notice', urgent: true });

    await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });
    const notices = await app.call('listContent', { query: { kind: 'notice' } });
    expect(notices.body.data.items[0]).toMatchObject({
      id,
      urgent: true,
      summary: expect.stringContaining('暂停办公'),
    });
  });

  test('an item keeps its kind', async () => {
    const created = await app.call('createDraft', { token: editor, body: aNoticeDraft() });

    const changed = await app.call('updateDraft', {
      token: editor,
      pathParameters: { id: created.body.data.id },
      body: aQaDraft(),
    });

    expect(changed.status).toBe(409);
    expect(changed.body.error.message).toContain('类型不能更改');
  });
});
