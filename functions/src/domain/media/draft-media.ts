import { MEDIA_RULES, type ContentDraft, type FieldIssue, type MediaKind } from '@sunshine/shared';
import { ValidationError } from '../../commons/errors';
import type { MediaRecords } from '../../ports/media-records';
import { publishedKeyOfUrl } from './object-keys';

/** What a draft's files are checked against: where confirmed files are served, and their records. */
export interface DraftMediaDeps {
  publicUrl: string;
  records: Pick<MediaRecords, 'confirmedAmong'>;
}

/** One file a draft names, with the field that names it and what to say if it was never confirmed. */
interface NamedFile {
  field: string;
  key: string;
  unconfirmed: string;
  /** The kind the draft says it is (media items), and what to say if the file is of another. */
  declared?: { kind: MediaKind; otherwise: string };
}

/**
 * Every file of ours a draft names must have passed its upload check: an interpretation's media
 * must be uploaded here at all, and an attachment (normally a link to the bureau's website) that
 * points into our storage must name a confirmed file too. A URL under the media prefix is not
 * enough: uploads that were never confirmed (or failed their check) would otherwise be shown.
 */
export async function requireConfirmedMedia(
  deps: DraftMediaDeps | undefined,
  draft: ContentDraft,
): Promise<void> {
  const named: NamedFile[] = [];
  const issues: FieldIssue[] = [];
  if (draft.kind === 'interpretation') {
    draft.media.forEach((item, index) => {
      const field = `media.${index}.url`;
      const key = deps && publishedKeyOfUrl(deps.publicUrl, item.url);
      if (!key) return issues.push({ field, message: '图片和音视频须通过本系统上传' });
      const name = `${MEDIA_RULES[item.kind].label} ${index + 1}`;
      named.push({
        field,
        key,
        unconfirmed: `${name} 尚未通过上传检查，请删除后重新上传`,
        declared: { kind: item.kind, otherwise: `${name} 与上传的文件类型不符，请删除后重新上传` },
      });
    });
  }
  if (draft.kind === 'document' || draft.kind === 'consultation') {
    draft.attachments.forEach((attachment, index) => {
      const key = deps && publishedKeyOfUrl(deps.publicUrl, attachment.url);
      if (key)
        named.push({
          field: `attachments.${index}.url`,
          key,
          unconfirmed: `附件「${attachment.name}」的链接指向未通过上传检查的文件，请更换链接`,
        });
    });
  }
  const confirmed =
    named.length && deps
      ? await deps.records.confirmedAmong(named.map((file) => file.key))
      : new Map<string, MediaKind>();
  for (const file of named) {
    const kind = confirmed.get(file.key);
    if (!kind) issues.push({ field: file.field, message: file.unconfirmed });
    else if (file.declared && file.declared.kind !== kind)
      issues.push({ field: file.field, message: file.declared.otherwise });
  }
  if (issues.length)
    throw new ValidationError(
      issues.sort((a, b) => a.field.localeCompare(b.field, 'en', { numeric: true })),
    );
}
