import {
  CATEGORY_LABELS,
  DISCLOSURE_LABELS,
  FORMAT_LABELS,
  KIND_LABELS,
  OFFICE_LABELS,
  SECTION_KEYS,
  SECTION_LABELS,
  TOPIC_LABELS,
  VALIDITY_LABELS,
  type ContentDraft,
  type DocumentDraft,
  type FieldChange,
  type InterpretationDraft,
  type NoticeDraft,
  type QaDraft,
} from '@sunshine/shared';

type Field<D> = { field: string; label: string; text: (draft: D) => string };

const COMMON: Field<ContentDraft>[] = [
  { field: 'kind', label: '类型', text: (d) => KIND_LABELS[d.kind] },
  { field: 'title', label: '标题', text: (d) => d.title },
  { field: 'category', label: '公开类别', text: (d) => CATEGORY_LABELS[d.category] },
  { field: 'office', label: '科室', text: (d) => OFFICE_LABELS[d.office] },
  { field: 'topic', label: '主题', text: (d) => TOPIC_LABELS[d.topic] },
];

/** The fields staff compare between versions, each as text, in reading order, per kind. */
const BY_KIND: { [K in ContentDraft['kind']]: Field<Extract<ContentDraft, { kind: K }>>[] } = {
  document: [
    { field: 'summary', label: '摘要', text: (d: DocumentDraft) => d.summary },
    { field: 'number', label: '文号', text: (d) => d.number ?? '' },
    { field: 'issuedAt', label: '成文日期', text: (d) => d.issuedAt },
    { field: 'effectiveAt', label: '施行日期', text: (d) => d.effectiveAt ?? '' },
    { field: 'validity', label: '效力状态', text: (d) => VALIDITY_LABELS[d.validity] },
    { field: 'disclosure', label: '公开属性', text: (d) => DISCLOSURE_LABELS[d.disclosure] },
    { field: 'body', label: '正文', text: (d) => d.body },
    { field: 'attachments', label: '附件', text: (d) => d.attachments.map((a) => `${a.name} ${a.url}`).join('\n') },
  ],
  interpretation: [
    { field: 'summary', label: '摘要', text: (d: InterpretationDraft) => d.summary },
    { field: 'format', label: '解读形式', text: (d) => FORMAT_LABELS[d.format] },
    { field: 'documentId', label: '关联文件', text: (d) => d.documentId ?? '' },
    { field: 'document.title', label: '文件标题', text: (d) => d.document.title },
    { field: 'document.number', label: '文号', text: (d) => d.document.number ?? '' },
    { field: 'document.issuer', label: '发文机关', text: (d) => d.document.issuer },
    { field: 'document.issuedAt', label: '成文日期', text: (d) => d.document.issuedAt },
    ...SECTION_KEYS.map((key) => ({ field: `sections.${key}`, label: SECTION_LABELS[key], text: (d: InterpretationDraft) => d.sections[key] })),
    { field: 'qa', label: '政策问答', text: (d) => d.qa.map((pair, i) => `${i + 1}. 问：${pair.question}\n答：${pair.answer}`).join('\n') },
  ],
  qa: [
    { field: 'answer', label: '回答', text: (d: QaDraft) => d.answer },
    { field: 'tags', label: '标签', text: (d) => d.tags.join('、') },
    { field: 'documentIds', label: '关联文件', text: (d) => d.documentIds.join('、') },
  ],
  notice: [
    { field: 'body', label: '正文', text: (d: NoticeDraft) => d.body },
    { field: 'urgent', label: '紧急', text: (d) => (d.urgent ? '是' : '否') },
  ],
};

function fieldsOf(draft: ContentDraft): Field<ContentDraft>[] {
  return [...COMMON, ...(BY_KIND[draft.kind] as Field<ContentDraft>[])];
}

/** What changed from one version to the next; with no previous version, every field. */
export function diffDrafts(before: ContentDraft | undefined, after: ContentDraft): FieldChange[] {
  const fields = fieldsOf(after);
  return fields.flatMap(({ field, label, text }) => {
    const old = before && before.kind === after.kind ? text(before) : '';
    const now = text(after);
    return old === now ? [] : [{ field, label, before: old, after: now }];
  });
}

/** "标题、出台背景" — the labels of what changed, for audit summaries. */
export const changedLabels = (changes: FieldChange[]) => changes.map((change) => change.label).join('、') || '无改动';
