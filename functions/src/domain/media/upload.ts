import {
  MEDIA_RULES,
  mediaKindOf,
  type MediaKind,
  type MediaUploadInput,
  type MediaUploadView,
} from '@sunshine/shared';
import { AppError, ValidationError } from '../../commons/errors';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { MediaRecords } from '../../ports/media-records';
import type { MediaStorage } from '../../ports/media-storage';
import type { StaffActor } from '../identity/actor';
import { EXTENSIONS, matchesSignature } from './file-signatures';
import { publishedKeyOf, UPLOAD_PREFIX } from './object-keys';

export interface MediaDeps {
  media: MediaStorage;
  records: MediaRecords;
  ids: IdGenerator;
  clock: Clock;
}

const refuse = (message: string) => new ValidationError([{ field: 'key', message }]);

/**
 * An editor asks to upload a file of an allowed type and size: where to send it. The form writes
 * a fresh key of its own under uploads/ (private), never the key residents load the file from:
 * the form stays valid for ten minutes, and a confirmed file must not change under a published item.
 */
export async function createMediaUpload(
  { media, ids }: Pick<MediaDeps, 'media' | 'ids'>,
  input: MediaUploadInput,
): Promise<MediaUploadView> {
  // The schema admitted only listed types, so both lookups succeed.
  const kind = mediaKindOf(input.contentType) as MediaKind;
  const key = `${UPLOAD_PREFIX}${ids.next()}.${EXTENSIONS[input.contentType]}`;
  const upload = await media.presignUpload({
    key,
    contentType: input.contentType,
    maxBytes: MEDIA_RULES[kind].maxBytes,
  });
  return { key, kind, upload, url: media.publicUrl(publishedKeyOf(key)) };
}

/** What is wrong with a stored file, if anything: its type against its extension, its size, its first bytes. */
function problemOf(
  key: string,
  stored: { size: number; contentType: string; head: Uint8Array },
): { problem: string } | { kind: MediaKind; contentType: string } {
  const expectedType = Object.entries(EXTENSIONS).find(([, extension]) =>
    key.endsWith(`.${extension}`),
  )?.[0];
  const kind = expectedType ? mediaKindOf(expectedType) : undefined;
  if (!expectedType || !kind || stored.contentType !== expectedType)
    return { problem: '文件类型与声明不符，请重新选择文件' };
  if (stored.size > MEDIA_RULES[kind].maxBytes)
    return { problem: `${MEDIA_RULES[kind].label}过大，请压缩后重新上传` };
  if (!matchesSignature(expectedType, stored.head))
    return { problem: '文件内容不是有效的图片、音频或视频，请重新选择文件' };
  return { kind, contentType: expectedType };
}

/**
 * After the upload: claim its check (once per file: a second confirmation is refused, so a
 * confirmed file is never copied over), copy it to the key residents load it from, and check that
 * copy, which no upload form can write: its size against the limit of its kind, its type against
 * its extension, its first bytes against its type. What fails is deleted and refused; what passes
 * is recorded, and only recorded files can be placed in a draft.
 */
export async function confirmMediaUpload(
  deps: MediaDeps,
  actor: StaffActor,
  uploadKey: string,
): Promise<{ key: string; kind: MediaKind; url: string }> {
  const { media, records, clock } = deps;
  const key = publishedKeyOf(uploadKey);
  const claim = await records.claim(key, clock.now().toISOString());
  if (!claim.won) {
    throw new AppError(
      'CONFLICT',
      claim.heldBy === 'confirmed'
        ? '这个文件已经确认过，无需再次确认；如需更换，请重新上传'
        : '这个文件正在检查，请稍候',
    );
  }
  const checked = (await media.copy(uploadKey, key)) ? await media.inspect(key) : undefined;
  const verdict = checked ? problemOf(key, checked) : { problem: '没有找到上传的文件，请重新上传' };
  // The upload itself is done with either way (storage also expires uploads/ after a day).
  await media.remove(uploadKey);
  if ('problem' in verdict) {
    if (checked) await media.remove(key);
    await records.release(key);
    throw refuse(verdict.problem);
  }
  await records.confirm({
    key,
    kind: verdict.kind,
    contentType: verdict.contentType,
    size: checked!.size,
    confirmedAt: clock.now().toISOString(),
    confirmedBy: actor.userId,
  });
  return { key, kind: verdict.kind, url: media.publicUrl(key) };
}
