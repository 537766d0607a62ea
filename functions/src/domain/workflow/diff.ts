import {
  CATEGORY_LABELS,
  CONCERN_ENTRY_LABELS,
  DISCLOSURE_LABELS,
  DOCUMENT_TYPE_LABELS,
  documentTypeOf,
  WITHHOLDING_GROUND_RULES,
  FORMAT_LABELS,
  KIND_LABELS,
  officeName,
  SECTION_KEYS,
  SECTION_LABELS,
  topicLabel,
  VALIDITY_LABELS,
  type ContentDraft,
  type DocumentDraft,
  MATERIAL_FORM_LABELS,
  promisedLimitText,
  statutoryLimitText,
  SERVICE_KIND_LABELS,
  type FieldChange,
  type GuideDraft,
  type InterpretationDraft,
  type NoticeDraft,
  type QaDraft,
  type ConsultationDraft,
  type AnnualReportDraft,
  decisionLines,
  remedyLines,
} from '@sunshine/shared';
import { sentenceSegments } from './sentences';

type Field<D> = { field: string; label: string; text: (draft: D) => string };

const COMMON: Field<ContentDraft>[] = [
  { field: 'kind', label: '类型', text: (d) => KIND_LABELS[d.kind] },
  { field: 'title', label: '标题', text: (d) => d.title },
  { field: 'category', label: '公开类别', text: (d) => CATEGORY_LABELS[d.category] },
  { field: 'office', label: '科室', text: (d) => officeName(d.office) },
  { field: 'topic', label: '主题', text: (d) => topicLabel(d.topic) },
  {
    field: 'madeOn',
    label: '信息形成或变更日期',
    text: (d) => (d.kind === 'document' || d.kind === 'annual_report' ? '' : (d.madeOn ?? '')),
  },
];

/** The fields staff compare between versions, each as text, in reading order, per kind. */
/** The concern a release answers (关联关切): its id and the thread entry it makes. */
const concernLink = {
  field: 'concern',
  label: '关联关切',
  text: (d: { concern?: InterpretationDraft['concern'] }) =>
    d.concern ? `${d.concern.id}（${CONCERN_ENTRY_LABELS[d.concern.entry]}）` : '',
};

const BY_KIND: { [K in ContentDraft['kind']]: Field<Extract<ContentDraft, { kind: K }>>[] } = {
  document: [
    { field: 'summary', label: '摘要', text: (d: DocumentDraft) => d.summary },
    { field: 'number', label: '文号', text: (d) => d.number ?? '' },
    {
      field: 'documentType',
      label: '文件类型',
      text: (d) => DOCUMENT_TYPE_LABELS[documentTypeOf(d)],
    },
    { field: 'issuedAt', label: '成文日期', text: (d) => d.issuedAt },
    { field: 'changedOn', label: '变更日期', text: (d) => d.changedOn ?? '' },
    { field: 'effectiveAt', label: '施行日期', text: (d) => d.effectiveAt ?? '' },
    { field: 'validity', label: '效力状态', text: (d) => VALIDITY_LABELS[d.validity] },
    { field: 'repealedOn', label: '废止或失效日期', text: (d) => d.repealedOn ?? '' },
    { field: 'disclosure', label: '公开属性', text: (d) => DISCLOSURE_LABELS[d.disclosure] },
    {
      field: 'withholding',
      label: '不予主动公开的理由',
      text: (d) =>
        d.withholding
          ? `${WITHHOLDING_GROUND_RULES[d.withholding.ground].label}（${d.withholding.basis}）`
          : '',
    },
    { field: 'body', label: '正文', text: (d) => d.body },
    {
      field: 'attachments',
      label: '附件',
      text: (d) => d.attachments.map((a) => `${a.name} ${a.url}`).join('\n'),
    },
  ],
  interpretation: [
    { field: 'summary', label: '摘要', text: (d: InterpretationDraft) => d.summary },
    { field: 'format', label: '解读形式', text: (d) => FORMAT_LABELS[d.format] },
    { field: 'documentId', label: '关联文件', text: (d) => d.documentId ?? '' },
    { field: 'document.title', label: '文件标题', text: (d) => d.document.title },
    { field: 'document.number', label: '文号', text: (d) => d.document.number ?? '' },
    { field: 'document.issuer', label: '发文机关', text: (d) => d.document.issuer },
    { field: 'document.issuedAt', label: '成文日期', text: (d) => d.document.issuedAt },
    ...SECTION_KEYS.map((key) => ({
      field: `sections.${key}`,
      label: SECTION_LABELS[key],
      text: (d: InterpretationDraft) => d.sections[key],
    })),
    {
      field: 'qa',
      label: '政策问答',
      text: (d) =>
        d.qa.map((pair, i) => `${i + 1}. 问：${pair.question}\n答：${pair.answer}`).join('\n'),
    },
    concernLink,
  ],
  qa: [
    { field: 'answer', label: '回答', text: (d: QaDraft) => d.answer },
    { field: 'tags', label: '标签', text: (d) => d.tags.join('、') },
    { field: 'documentIds', label: '关联文件', text: (d) => d.documentIds.join('、') },
    concernLink,
  ],
  notice: [
    { field: 'body', label: '正文', text: (d: NoticeDraft) => d.body },
    { field: 'urgent', label: '紧急', text: (d) => (d.urgent ? '是' : '否') },
    concernLink,
  ],
  guide: [
    { field: 'code', label: '事项编码', text: (d: GuideDraft) => d.code },
    { field: 'serviceKind', label: '事项类型', text: (d) => SERVICE_KIND_LABELS[d.serviceKind] },
    { field: 'short', label: '简版指南', text: (d) => d.short },
    { field: 'basis', label: '设定依据', text: (d) => d.basis },
    { field: 'eligibility', label: '申请条件', text: (d) => d.eligibility },
    { field: 'refusalGrounds', label: '不予受理情形', text: (d) => d.refusalGrounds },
    {
      field: 'materials',
      label: '申请材料',
      text: (d) =>
        d.materials
          .map(
            (m, i) =>
              `${i + 1}. ${m.name}（${MATERIAL_FORM_LABELS[m.form]} ${m.copies} 份${m.online ? '，可网上提交' : ''}）${m.notes}`,
          )
          .join('\n'),
    },
    {
      field: 'steps',
      label: '办理流程',
      text: (d) =>
        d.steps.map((step, i) => `${i + 1}. ${step.name}：${step.description}`).join('\n'),
    },
    { field: 'statutoryDays', label: '法定办结时限', text: (d) => statutoryLimitText(d) },
    { field: 'promisedDays', label: '承诺办结时限', text: (d) => promisedLimitText(d) },
    { field: 'excludedSteps', label: '特殊环节', text: (d) => d.excludedSteps },
    {
      field: 'fee',
      label: '收费',
      text: (d) => (d.fee.free ? '不收费' : `${d.fee.amount}（依据：${d.fee.basis}）`),
    },
    { field: 'address', label: '办理地点', text: (d) => d.address },
    {
      field: 'location',
      label: '地图位置',
      text: (d) => (d.location ? `${d.location.latitude}, ${d.location.longitude}` : ''),
    },
    {
      field: 'hours',
      label: '办公时间',
      text: (d) =>
        `星期${d.hours.days.join('、')} ${d.hours.spans.map((span) => `${span.start}-${span.end}`).join('，')} ${d.hours.notes}`,
    },
    { field: 'enquiryPhone', label: '咨询电话', text: (d) => d.enquiryPhone },
    { field: 'complaintPhone', label: '监督投诉电话', text: (d) => d.complaintPhone },
    { field: 'onlineUrl', label: '网上办理', text: (d) => d.onlineUrl ?? '' },
    { field: 'visits', label: '到现场次数', text: (d) => `${d.visits} 次` },
    {
      field: 'faq',
      label: '常见问题',
      text: (d) =>
        d.faq.map((pair, i) => `${i + 1}. 问：${pair.question}\n答：${pair.answer}`).join('\n'),
    },
    { field: 'documentIds', label: '关联文件', text: (d) => d.documentIds.join('、') },
  ],
  consultation: [
    { field: 'summary', label: '摘要', text: (d: ConsultationDraft) => d.summary },
    { field: 'opensOn', label: '开始日期', text: (d) => d.opensOn },
    { field: 'closesOn', label: '截止日期', text: (d) => d.closesOn },
    { field: 'basis', label: '起草依据和理由', text: (d) => d.basis },
    { field: 'feedbackUse', label: '意见处理方式', text: (d) => d.feedbackUse },
    { field: 'body', label: '草案全文', text: (d) => d.body },
    { field: 'sections', label: '条款', text: (d) => d.sections.join('、') },
    {
      field: 'questions',
      label: '选择题',
      text: (d) =>
        d.questions
          .map(
            (q, i) =>
              `${i + 1}. ${q.prompt}（${q.multiple ? '多选' : '单选'}）：${q.options.join(' / ')}`,
          )
          .join('\n'),
    },
    {
      field: 'attachments',
      label: '附件',
      text: (d) => d.attachments.map((a) => `${a.name} ${a.url}`).join('\n'),
    },
  ],
  annual_report: [
    { field: 'year', label: '年度', text: (d: AnnualReportDraft) => `${d.year}年` },
    {
      field: 'inputs.narrative.overview',
      label: '一、总体情况',
      text: (d) => d.inputs.narrative.overview,
    },
    {
      field: 'inputs.decisions',
      label: '二、主动公开（填报数）',
      text: (d) => decisionLines(d.inputs),
    },
    {
      field: 'inputs.remedies',
      label: '四、行政复议、行政诉讼',
      text: (d) => remedyLines(d.inputs.remedies),
    },
    {
      field: 'inputs.narrative.problems',
      label: '五、存在的主要问题及改进情况',
      text: (d) => d.inputs.narrative.problems,
    },
    {
      field: 'inputs.narrative.other',
      label: '六、其他需要报告的事项',
      text: (d) => d.inputs.narrative.other,
    },
  ],
};

function fieldsOf(draft: ContentDraft): Field<ContentDraft>[] {
  return [...COMMON, ...(BY_KIND[draft.kind] as Field<ContentDraft>[])];
}

/**
 * Text long enough (or on more than one line) to be compared sentence by sentence; shorter values
 * read as 「before → after」 on one row. The staff revisions page draws the same line.
 */
const LONG_TEXT_CHARS = 30;
const isLong = (text: string) => text.length > LONG_TEXT_CHARS || text.includes('\n');

/** A changed field; a long text changed in place (neither side empty) also sentence by sentence. */
function fieldChange(field: string, label: string, before: string, after: string): FieldChange {
  const inPlace = before !== '' && after !== '' && (isLong(before) || isLong(after));
  return {
    field,
    label,
    before,
    after,
    ...(inPlace && { segments: sentenceSegments(before, after) }),
  };
}

/** What changed from one version to the next; with no previous version, every field. */
export function diffDrafts(before: ContentDraft | undefined, after: ContentDraft): FieldChange[] {
  const fields = fieldsOf(after);
  return fields.flatMap(({ field, label, text }) => {
    const old = before && before.kind === after.kind ? text(before) : '';
    const now = text(after);
    return old === now ? [] : [fieldChange(field, label, old, now)];
  });
}

/** "标题、出台背景" — the labels of what changed, for audit summaries. */
export const changedLabels = (changes: FieldChange[]) =>
  changes.map((change) => change.label).join('、') || '无改动';
