import { MEDIA_RULES, mediaKindOf, type MediaKind, type MediaUploadInput, type MediaUploadView } from '@sunshine/shared';
import { ValidationError } from '../../commons/errors';
import type { IdGenerator } from '../../ports/ids';
import type { MediaStorage } from '../../ports/media-storage';
import { EXTENSIONS, matchesSignature } from './file-signatures';

export interface MediaDeps {
  media: MediaStorage;
  ids: IdGenerator;
}

const refuse = (message: string) => new ValidationError([{ field: 'key', message }]);

/** An editor asks to upload a file of an allowed type and size: where to send it. */
export async function createMediaUpload({ media, ids }: MediaDeps, input: MediaUploadInput): Promise<MediaUploadView> {
  // The schema admitted only listed types, so both lookups succeed.
  const kind = mediaKindOf(input.contentType) as MediaKind;
  const key = `media/${ids.next()}.${EXTENSIONS[input.contentType]}`;
  const upload = await media.presignUpload({ key, contentType: input.contentType, maxBytes: MEDIA_RULES[kind].maxBytes });
  return { key, kind, upload, url: media.publicUrl(key) };
}

/**
 * After the upload, check what storage holds: its size against the limit of its kind, its type
 * against its extension, its first bytes against its type. Anything else is deleted and refused,
 * so only checked files can be placed in an interpretation.
 */
export async function confirmMediaUpload({ media }: MediaDeps, key: string): Promise<{ key: string; kind: MediaKind; url: string }> {
  const stored = await media.inspect(key);
  if (!stored) throw refuse('没有找到上传的文件，请重新上传');
  const expectedType = Object.entries(EXTENSIONS).find(([, extension]) => key.endsWith(`.${extension}`))?.[0];
  const kind = expectedType ? mediaKindOf(expectedType) : undefined;
  const problem = !expectedType || !kind || stored.contentType !== expectedType
    ? '文件类型与声明不符，请重新选择文件'
    : stored.size > MEDIA_RULES[kind].maxBytes
      ? `${MEDIA_RULES[kind].label}过大，请压缩后重新上传`
      : !matchesSignature(expectedType, stored.head)
        ? '文件内容不是有效的图片、音频或视频，请重新选择文件'
        : undefined;
  if (problem || !kind) {
    await media.remove(key);
    throw refuse(problem ?? '文件类型与声明不符，请重新选择文件');
  }
  return { key, kind, url: media.publicUrl(key) };
}
