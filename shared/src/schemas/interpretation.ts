import * as v from 'valibot';
import { DISCLOSURE_CATEGORIES } from '../categories';
import { dateField } from './dates';

/** Interpretation formats named in the work plan 三(一). */
export const INTERPRETATION_FORMATS = [
  'text',
  'leader',
  'expert',
  'qa',
  'interview',
  'graphic',
  'video',
] as const;
export const FORMAT_LABELS: Record<(typeof INTERPRETATION_FORMATS)[number], string> = {
  text: '文字解读',
  leader: '领导解读',
  expert: '专家解读',
  qa: '政策问答',
  interview: '在线访谈',
  graphic: '图解',
  video: '音视频',
};

/** The four sections "谁起草、谁解读" asks every interpretation to cover, in reading order. */
export const SECTION_KEYS = ['background', 'keyPoints', 'highlights', 'measures'] as const;
export const SECTION_LABELS: Record<(typeof SECTION_KEYS)[number], string> = {
  background: '出台背景',
  keyPoints: '重点内容',
  highlights: '特色亮点',
  measures: '落实措施',
};

/** In a form: a person picks from the labels. */
export const CategorySchema = v.picklist(DISCLOSURE_CATEGORIES, '请选择公开类别');

/** In a query string: a caller typed a key, so list the keys. */
export const CategoryQuerySchema = v.picklist(
  DISCLOSURE_CATEGORIES,
  `公开类别须为以下之一：${DISCLOSURE_CATEGORIES.join('、')}`,
);

/** Ids are ULIDs: 26 characters of Crockford base32, sortable by creation time. */
export const IdSchema = v.pipe(v.string(), v.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, '编号格式不正确'));

/** Required text, trimmed, with a length limit; the messages name the field. */
export const text = (max: number, label: string) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, `${label}不能为空`),
    v.maxLength(max, `${label}不能超过 ${max} 字`),
  );

export const QaPairSchema = v.object({
  question: text(200, '问题'),
  answer: text(3000, '回答'),
});

export const SourceDocumentSchema = v.object({
  title: text(200, '文件标题'),
  /** 文号, e.g. 长公上党〔2023〕12号; some plans have none. */
  number: v.optional(v.pipe(v.string(), v.maxLength(60, '文号不能超过 60 字'))),
  issuer: text(100, '发文机关'),
  issuedAt: dateField('成文日期', { made: true }),
});

export const SectionsSchema = v.object({
  background: text(5000, '出台背景'),
  keyPoints: text(10000, '重点内容'),
  highlights: text(5000, '特色亮点'),
  measures: text(5000, '落实措施'),
});

export const InterpretationFormatSchema = v.picklist(INTERPRETATION_FORMATS, '请选择解读形式');

export type QaPair = v.InferOutput<typeof QaPairSchema>;
export type InterpretationFormat = (typeof INTERPRETATION_FORMATS)[number];
