import {
  CATEGORY_LABELS,
  FORMAT_LABELS,
  SECTION_KEYS,
  SECTION_LABELS,
  type FieldChange,
  type InterpretationDraft,
} from '@sunshine/shared';

/** The fields staff compare between versions, each as text, in reading order. */
const FIELDS: Array<{ field: string; label: string; text: (draft: InterpretationDraft) => string }> = [
  { field: 'title', label: '标题', text: (d) => d.title },
  { field: 'summary', label: '摘要', text: (d) => d.summary },
  { field: 'category', label: '公开类别', text: (d) => CATEGORY_LABELS[d.category] },
  { field: 'format', label: '解读形式', text: (d) => FORMAT_LABELS[d.format] },
  { field: 'document.title', label: '文件标题', text: (d) => d.document.title },
  { field: 'document.number', label: '文号', text: (d) => d.document.number ?? '' },
  { field: 'document.issuer', label: '发文机关', text: (d) => d.document.issuer },
  { field: 'document.issuedAt', label: '成文日期', text: (d) => d.document.issuedAt },
  ...SECTION_KEYS.map((key) => ({ field: `sections.${key}`, label: SECTION_LABELS[key], text: (d: InterpretationDraft) => d.sections[key] })),
  { field: 'qa', label: '政策问答', text: (d) => d.qa.map((pair, i) => `${i + 1}. 问：${pair.question}\n答：${pair.answer}`).join('\n') },
];

/** What changed from one version to the next; with no previous version, every field. */
export function diffDrafts(before: InterpretationDraft | undefined, after: InterpretationDraft): FieldChange[] {
  return FIELDS.flatMap(({ field, label, text }) => {
    const old = before ? text(before) : '';
    const now = text(after);
    return old === now ? [] : [{ field, label, before: old, after: now }];
  });
}

/** "标题、出台背景" — the labels of what changed, for audit summaries. */
export const changedLabels = (changes: FieldChange[]) => changes.map((change) => change.label).join('、') || '无改动';
