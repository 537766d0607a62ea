import * as v from 'valibot';
import { text } from './interpretation';

/** A file that goes with an item: its name and where it lies (the bureau's website). */
export const AttachmentSchema = v.object({
  name: text(100, '附件名称'),
  url: v.pipe(
    v.string('请填写附件链接'),
    v.trim(),
    v.url('附件链接须为完整网址'),
    v.startsWith('https://', '附件链接须以 https:// 开头'),
    v.maxLength(500, '附件链接过长'),
  ),
});
