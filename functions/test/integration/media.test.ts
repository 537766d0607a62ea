import { aDraft } from '../support/drafts';
import { createTestApp } from './support/app';

/** Uploads against a real S3-compatible server (s3rver), as the mini-program sends them. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;

beforeAll(async () => {
  app = await createTestApp('media');
  editor = await app.addStaff('u-editor', ['editor']);
});

afterAll(() => app.drop());

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...Array(64).fill(7)]);

/** Ask for an upload, then POST the file as a form, as wx.uploadFile and browsers do. */
async function upload(contentType: string, bytes: Uint8Array, declaredSize = bytes.length) {
  const created = await app.call('createMediaUpload', { token: editor, body: { contentType, size: declaredSize } });
  if (created.status !== 200) return { created };
  const { upload: target, key } = created.body.data as { key: string; upload: { url: string; fields: Record<string, string> } };
  const form = new FormData();
  for (const [name, value] of Object.entries(target.fields)) form.append(name, value);
  form.append('file', new Blob([bytes], { type: contentType }), 'upload');
  const stored = await fetch(target.url, { method: 'POST', body: form });
  const confirmed = await app.call('confirmMediaUpload', { token: editor, body: { key } });
  return { created, stored, key, confirmed };
}

describe('media uploads', () => {
  test('an image goes to storage by a presigned POST and is confirmed by its stored bytes', async () => {
    const { created, stored, confirmed, key } = await upload('image/png', PNG);

    expect(created.body.data).toMatchObject({ kind: 'image', key: expect.stringMatching(/^media\/[0-9A-Z]{26}\.png$/) });
    expect(stored?.status).toBeLessThan(300);
    expect(confirmed?.body.data).toEqual({ key, kind: 'image', url: `https://media.example.cn/${key}` });
  });

  test('a file whose bytes are not its declared type is refused and deleted', async () => {
    const script = new TextEncoder().encode('<script>alert(1)</script> pretending to be a png');

    const { confirmed, key } = await upload('image/png', script);

    expect(confirmed?.status).toBe(400);
    expect(confirmed?.body.error.fields).toEqual([{ field: 'key', message: '文件内容不是有效的图片、音频或视频，请重新选择文件' }]);
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
    expect(response.body.error.fields[0]).toMatchObject({ field, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  test('storage itself refuses a file larger than the limit of its kind', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 10);
    big.set(PNG);

    const { stored, confirmed } = await upload('image/png', big, 1000);

    // Either storage refuses the POST (S3 enforces the policy), or the check after refuses it.
    expect(stored!.status >= 400 || confirmed!.status === 400).toBe(true);
  });

  test('a draft may only show media uploaded here, and an image needs its description', async () => {
    const foreign = await app.call('createDraft', { token: editor, body: aDraft({ media: [{ kind: 'image', url: 'https://elsewhere.example.com/x.png', alt: '图' }] }) });
    const noAlt = await app.call('createDraft', { token: editor, body: { ...aDraft(), media: [{ kind: 'image', url: 'https://media.example.cn/media/x.png' }] } });
    const fine = await app.call('createDraft', { token: editor, body: aDraft({ media: [{ kind: 'image', url: 'https://media.example.cn/media/x.png', alt: '办理流程图' }] }) });

    expect(foreign.body.error.fields).toEqual([{ field: 'media.0.url', message: '图片和音视频须通过本系统上传' }]);
    expect(noAlt.body.error.fields).toEqual([expect.objectContaining({ field: 'media.0.alt' })]);
    expect(fine.status).toBe(200);
  });

  test('only editors may upload', async () => {
    const resident = (await app.tokens.issue('u-resident', [])).token;

    expect((await app.call('createMediaUpload', { token: resident, body: { contentType: 'image/png', size: 10 } })).status).toBe(403);
  });
});
