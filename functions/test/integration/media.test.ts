import { DynamoWorkflowStore } from '../../src/adapters/dynamo/workflow-store';
import { aDocumentDraft, aDraft } from '../support/drafts';
import { createTestApp } from './support/app';

/** Uploads against a real S3-compatible server (s3rver), as the mini-program sends them. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;

beforeAll(async () => {
  app = await createTestApp('media');
  editor = await app.addStaff('u-editor', ['editor']);
});

afterAll(() => app.drop());

const pngWith = (fill: number) =>
  Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    0,
    0,
    0,
    13,
    0x49,
    0x48,
    0x44,
    0x52,
    ...Array(64).fill(fill),
  ]);
const PNG = pngWith(7);
/** Another valid PNG: what someone holding a form might send to replace a checked file. */
const OTHER_PNG = pngWith(9);

type UploadTarget = { url: string; fields: Record<string, string> };

/** POST a file with a presigned form, as wx.uploadFile and browsers do. */
async function post(target: UploadTarget, contentType: string, bytes: Uint8Array) {
  const form = new FormData();
  for (const [name, value] of Object.entries(target.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: contentType }), 'upload');
  return fetch(target.url, { method: 'POST', body: form });
}

/** Ask for an upload, POST the file, then confirm it (unless told not to). */
async function upload(
  contentType: string,
  bytes: Uint8Array,
  declaredSize = bytes.length,
  { confirm = true } = {},
) {
  const created = await app.call('createMediaUpload', {
    token: editor,
    body: { contentType, size: declaredSize },
  });
  if (created.status !== 200) return { created };
  const { upload: target, key } = created.body.data as { key: string; upload: UploadTarget };
  const stored = await post(target, contentType, bytes);
  const confirmed = confirm
    ? await app.call('confirmMediaUpload', { token: editor, body: { key } })
    : undefined;
  return { created, target, stored, key, confirmed };
}

/** What storage serves at a confirmed file's key (s3rver, read directly). */
async function storedBytes(key: string) {
  const response = await fetch(`${process.env.TEST_S3_ENDPOINT}/media/${key}`);
  return new Uint8Array(await response.arrayBuffer());
}

const imageAt = (url: string) => ({ kind: 'image' as const, url, alt: '办理流程图' });

describe('media uploads', () => {
  test('an image goes to storage by a presigned POST and is confirmed by its stored bytes', async () => {
    const { created, stored, confirmed, key } = await upload('image/png', PNG);

    expect(created.body.data).toMatchObject({
      kind: 'image',
      key: expect.stringMatching(/^uploads\/[0-9A-Z]{26}\.png$/),
    });
    expect(stored?.status).toBeLessThan(300);
    const published = key!.replace(/^uploads\//, 'media/');
    expect(confirmed?.body.data).toEqual({
      key: published,
      kind: 'image',
      url: `https://media.example.cn/${published}`,
    });
    expect(await storedBytes(published)).toEqual(PNG);
  });

  test('a presigned form may write only its own upload key, never a key residents load files from', async () => {
    const created = await app.call('createMediaUpload', {
      token: editor,
      body: { contentType: 'image/png', size: PNG.length },
    });
    const { key, upload: target } = created.body.data as { key: string; upload: UploadTarget };

    const policy = JSON.parse(Buffer.from(target.fields.Policy!, 'base64').toString('utf8')) as {
      conditions: unknown[];
    };

    expect(policy.conditions).toContainEqual({ key });
    expect(policy.conditions).not.toContainEqual(expect.arrayContaining(['starts-with', '$key']));
    expect(key.startsWith('media/')).toBe(false);
  });

  test('a second POST with the same form after confirmation cannot replace the confirmed bytes', async () => {
    const { target, confirmed } = await upload('image/png', PNG);
    const { key: published } = confirmed!.body.data as { key: string };

    const again = await post(target!, 'image/png', OTHER_PNG);

    expect(again.status).toBeLessThan(300);
    expect(await storedBytes(published)).toEqual(PNG);
  });

  test('confirming the same upload again is refused, and the confirmed bytes stay as they were', async () => {
    const { target, key, confirmed } = await upload('image/png', PNG);
    const { key: published } = confirmed!.body.data as { key: string };
    await post(target!, 'image/png', OTHER_PNG);

    const second = await app.call('confirmMediaUpload', { token: editor, body: { key } });

    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'CONFLICT',
      message: '这个文件已经确认过，无需再次确认；如需更换，请重新上传',
    });
    expect(await storedBytes(published)).toEqual(PNG);
  });

  test('two confirmations of one upload at the same time: exactly one is checked and confirmed', async () => {
    const { key } = await upload('image/png', PNG, PNG.length, { confirm: false });

    const answers = await Promise.all(
      [0, 1].map(() => app.call('confirmMediaUpload', { token: editor, body: { key } })),
    );

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
  });

  test('a file whose bytes are not its declared type is refused and deleted', async () => {
    const script = new TextEncoder().encode('<script>alert(1)</script> pretending to be a png');

    const { confirmed, key } = await upload('image/png', script);

    expect(confirmed?.status).toBe(400);
    expect(confirmed?.body.error.fields).toEqual([
      { field: 'key', message: '文件内容不是有效的图片、音频或视频，请重新选择文件' },
    ]);
    const again = await app.call('confirmMediaUpload', { token: editor, body: { key } });
    expect(again.body.error.fields[0].message).toBe('没有找到上传的文件，请重新上传');
  });

  test.each([
    ['a type not allowed', { contentType: 'application/x-msdownload', size: 100 }, 'contentType'],
    ['an image over 5 MB', { contentType: 'image/png', size: 5 * 1024 * 1024 + 1 }, ''],
    ['an empty file', { contentType: 'image/jpeg', size: 0 }, 'size'],
  ])('refuses %s before any upload, saying why', async (_, body, field) => {
    const response = await app.call('createMediaUpload', { token: editor, body });

    expect(response.status).toBe(400);
    expect(response.body.error.fields[0]).toMatchObject({
      field,
      message: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
  });

  test('storage itself refuses a file larger than the limit of its kind', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 10);
    big.set(PNG);

    const { stored, confirmed } = await upload('image/png', big, 1000);

    // Either storage refuses the POST (S3 enforces the policy), or the check after refuses it.
    expect(stored!.status >= 400 || confirmed!.status === 400).toBe(true);
  });

  test('a draft may only show media uploaded here, and an image needs its description', async () => {
    const { confirmed } = await upload('image/png', PNG);
    const { url } = confirmed!.body.data as { url: string };

    const foreign = await app.call('createDraft', {
      token: editor,
      body: aDraft({ media: [imageAt('https://elsewhere.example.com/x.png')] }),
    });
    const noAlt = await app.call('createDraft', {
      token: editor,
      body: { ...aDraft(), media: [{ kind: 'image', url }] },
    });
    const fine = await app.call('createDraft', {
      token: editor,
      body: aDraft({ media: [imageAt(url)] }),
    });

    expect(foreign.body.error.fields).toEqual([
      { field: 'media.0.url', message: '图片和音视频须通过本系统上传' },
    ]);
    expect(noAlt.body.error.fields).toEqual([expect.objectContaining({ field: 'media.0.alt' })]);
    expect(fine.status).toBe(200);
  });

  test('a draft naming an uploaded file that was never confirmed is refused, naming the field', async () => {
    const { created, confirmed: first } = await upload('image/png', PNG);
    const { created: unconfirmed } = await upload('image/png', PNG, PNG.length, { confirm: false });
    const confirmedUrl = (first!.body.data as { url: string }).url;
    const unconfirmedUrl = (unconfirmed.body.data as { url: string }).url;
    expect(created.status).toBe(200);

    const made = await app.call('createDraft', {
      token: editor,
      body: aDraft({ media: [imageAt(confirmedUrl), imageAt(unconfirmedUrl)] }),
    });
    const saved = await app.call('createDraft', {
      token: editor,
      body: aDraft({ media: [imageAt(confirmedUrl)] }),
    });
    const changed = await app.call('updateDraft', {
      token: editor,
      pathParameters: { id: saved.body.data.id },
      body: aDraft({ media: [imageAt(confirmedUrl), imageAt(unconfirmedUrl)] }),
    });

    for (const refused of [made, changed]) {
      expect(refused.status).toBe(400);
      expect(refused.body.error.fields).toEqual([
        { field: 'media.1.url', message: '图片 2 尚未通过上传检查，请删除后重新上传' },
      ]);
    }
  });

  test('a media item of one kind cannot name a confirmed file of another', async () => {
    const { confirmed } = await upload('image/png', PNG);
    const { url } = confirmed!.body.data as { url: string };

    const response = await app.call('createDraft', {
      token: editor,
      body: aDraft({ media: [{ kind: 'video', url, title: '三分钟看懂' }] }),
    });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'media.0.url', message: '视频 1 与上传的文件类型不符，请删除后重新上传' },
    ]);
  });

  test('an attachment linking to an unconfirmed upload is refused; one linking to a confirmed file is kept', async () => {
    const { confirmed } = await upload('image/png', PNG);
    const { created: unconfirmed } = await upload('image/png', PNG, PNG.length, { confirm: false });
    const attachment = (url: string) => ({ name: '办理流程图', url });

    const refused = await app.call('createDraft', {
      token: editor,
      body: aDocumentDraft({
        attachments: [attachment((unconfirmed.body.data as { url: string }).url)],
      }),
    });
    const kept = await app.call('createDraft', {
      token: editor,
      body: aDocumentDraft({
        attachments: [attachment((confirmed!.body.data as { url: string }).url)],
      }),
    });

    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([
      {
        field: 'attachments.0.url',
        message: '附件「办理流程图」的链接指向未通过上传检查的文件，请更换链接',
      },
    ]);
    expect(kept.status).toBe(200);
  });

  test('a draft saved with an unconfirmed file before this check cannot be sent to review', async () => {
    const saved = await app.call('createDraft', { token: editor, body: aDraft() });
    const workflow = new DynamoWorkflowStore(app.table.client, app.table.tableName);
    const item = (await workflow.get(saved.body.data.id))!;
    const stale = {
      ...item,
      draft: aDraft({
        media: [imageAt('https://media.example.cn/media/01HZZZZZZZZZZZZZZZZZZZZZZZ.png')],
      }),
      rev: item.rev + 1,
    };
    await workflow.save(stale, {
      id: 'audit-stale',
      at: stale.updatedAt,
      actorId: 'u-editor',
      actorName: '测试',
      roles: ['editor'],
      action: 'content.update',
      itemType: 'interpretation',
      itemId: item.id,
      summary: 'test',
    });

    const submitted = await app.call('submitForReview', {
      token: editor,
      pathParameters: { id: item.id },
    });

    expect(submitted.status).toBe(400);
    expect(submitted.body.error.fields).toEqual([
      { field: 'media.0.url', message: '图片 1 尚未通过上传检查，请删除后重新上传' },
    ]);
  });

  test('only editors may upload', async () => {
    const resident = (await app.tokens.issue('u-resident', [])).token;

    expect(
      (
        await app.call('createMediaUpload', {
          token: resident,
          body: { contentType: 'image/png', size: 10 },
        })
      ).status,
    ).toBe(403);
  });
});
