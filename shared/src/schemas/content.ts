import * as v from 'valibot';
import {
  CUSTOM_TOPIC_PATTERN,
  DISCLOSURES,
  TOPICS,
  VALIDITIES,
  type Disclosure,
  type Office,
  type Validity,
} from '../catalogue';
import type { DisclosureCategory } from '../categories';
import { CursorSchema, PageLimitSchema } from './paging';
import { OFFICE_ID_PATTERN } from './bureau';
import { MediaItemSchema } from './media';
import { GuideFieldsSchema, promisedWithinStatutory } from './guide';
import { AttachmentSchema } from './attachment';
import {
  ConsultationFieldsSchema,
  longEnough,
  CONSULTATION_RULES,
  type ConsultationStatus,
} from './consultation';
import {
  CategoryQuerySchema,
  CategorySchema,
  IdSchema,
  InterpretationFormatSchema,
  QaPairSchema,
  SectionsSchema,
  SourceDocumentSchema,
  text,
} from './interpretation';
import { CONTENT_KINDS, type ContentKind } from './content-kinds';
import { DOCUMENT_TYPES, WITHHOLDING_GROUNDS, type DocumentType } from './disclosure-terms';
import {
  AnnualReportTablesSchema,
  ReportStaffInputsSchema,
  ReportYearSchema,
} from './annual-report';
import type { RatingSummary } from './feedback';
import { dateField } from './dates';
import { ConcernLinkSchema } from './concern';

/** An office by its id's form; the server checks it is one of the bureau profile's. */
export const OfficeSchema = v.pipe(
  v.string('请选择科室'),
  v.regex(OFFICE_ID_PATTERN, '请选择科室'),
);
/** A built-in topic, or one staff added (checked to exist by the server when an item is saved). */
export const TopicSchema = v.union(
  [v.picklist(TOPICS), v.pipe(v.string(), v.regex(CUSTOM_TOPIC_PATTERN))],
  '请选择主题',
);

/** What every kind carries: how residents find it in the catalogue. */
const catalogueEntries = {
  title: text(100, '标题'),
  category: CategorySchema,
  office: OfficeSchema,
  topic: TopicSchema,
};

const optionalDate = (label: string, rules?: { made: boolean }) =>
  v.optional(dateField(label, rules));

/** 效力状态 that end a document's force: they need the date it ended (repealedOn). */
export const ENDED_VALIDITIES = ['repealed', 'expired'] as const satisfies readonly Validity[];
const hasEnded = (validity: Validity) =>
  (ENDED_VALIDITIES as readonly Validity[]).includes(validity);

/** Why a document is not proactively disclosed: one of the report's eight grounds, and its basis. */
export const WithholdingSchema = v.object({
  ground: v.picklist(WITHHOLDING_GROUNDS, '请选择不予主动公开的理由'),
  /** Prefilled in the editor from WITHHOLDING_GROUND_RULES; staff may name the article more exactly. */
  basis: text(200, '不予主动公开的依据'),
});
export type Withholding = v.InferOutput<typeof WithholdingSchema>;

/**
 * 信息形成或变更日期 (政府信息公开条例 art. 26): the 20-working-day publication deadline counts from
 * it. Optional: a draft saved before the rule existed has none, and then no deadline.
 */
const madeOnEntry = {
  madeOn: optionalDate('信息形成或变更日期', { made: true }),
};

/** A release answering a public concern (回应关切): the concern and which entry of its thread it is. */
const concernEntry = { concern: v.optional(ConcernLinkSchema) };

export const DocumentDraftSchema = v.pipe(
  v.object({
    kind: v.literal('document'),
    ...catalogueEntries,
    title: text(200, '文件标题'),
    summary: text(300, '摘要'),
    /** 文号, e.g. 上公发〔2023〕12号; some documents have none. */
    number: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(60, '文号不能超过 60 字'))),
    /** 文件类型: the annual report's section 2 counts 规章 and 行政规范性文件 (documentTypeOf for legacy items). */
    documentType: v.picklist(DOCUMENT_TYPES, '请选择文件类型'),
    issuedAt: dateField('成文日期', { made: true, missing: '请填写成文日期' }),
    /** 变更日期: when an amended document changed; its publication deadline counts from it (art. 26). */
    changedOn: optionalDate('变更日期', { made: true }),
    effectiveAt: optionalDate('施行日期'),
    validity: v.picklist(VALIDITIES, '请选择效力状态'),
    /** 废止或失效日期: required exactly when the validity is repealed or expired. */
    repealedOn: optionalDate('废止或失效日期'),
    disclosure: v.picklist(DISCLOSURES, '请选择公开属性'),
    /** Required exactly when the document is not proactively disclosed (the negative list's ground). */
    withholding: v.optional(WithholdingSchema),
    body: text(50000, '正文'),
    attachments: v.optional(
      v.pipe(v.array(AttachmentSchema), v.maxLength(20, '附件不能超过 20 个')),
      [],
    ),
  }),
  v.forward(
    v.partialCheck(
      [['validity'], ['repealedOn']],
      (draft) => !hasEnded(draft.validity) || draft.repealedOn !== undefined,
      '已废止或已失效的文件须填写废止或失效日期',
    ),
    ['repealedOn'],
  ),
  v.forward(
    v.partialCheck(
      [['validity'], ['repealedOn']],
      (draft) => hasEnded(draft.validity) || draft.repealedOn === undefined,
      '只有已废止或已失效的文件才填写废止或失效日期',
    ),
    ['repealedOn'],
  ),
  v.forward(
    v.partialCheck(
      [['issuedAt'], ['repealedOn']],
      (draft) => !draft.repealedOn || draft.repealedOn >= draft.issuedAt,
      '废止或失效日期不能早于成文日期',
    ),
    ['repealedOn'],
  ),
  v.forward(
    v.partialCheck(
      [['issuedAt'], ['changedOn']],
      (draft) => !draft.changedOn || draft.changedOn >= draft.issuedAt,
      '变更日期不能早于成文日期',
    ),
    ['changedOn'],
  ),
  v.forward(
    v.partialCheck(
      [['disclosure'], ['withholding']],
      (draft) => draft.disclosure === 'proactive' || draft.withholding !== undefined,
      '依申请公开或不予公开的文件须选择理由并写明依据',
    ),
    ['withholding'],
  ),
  v.forward(
    v.partialCheck(
      [['disclosure'], ['withholding']],
      (draft) => draft.disclosure !== 'proactive' || draft.withholding === undefined,
      '主动公开的文件不填写不予主动公开的理由',
    ),
    ['withholding'],
  ),
);

export const InterpretationDraftSchema = v.object({
  kind: v.literal('interpretation'),
  ...catalogueEntries,
  ...madeOnEntry,
  ...concernEntry,
  summary: text(300, '摘要'),
  format: InterpretationFormatSchema,
  /** The policy document of the library it interprets; its validity is shown with it. */
  documentId: v.optional(IdSchema),
  /** The source as printed on the interpretation (also for documents outside the library). */
  document: SourceDocumentSchema,
  sections: SectionsSchema,
  qa: v.pipe(v.array(QaPairSchema), v.maxLength(50, '问答不能超过 50 条')),
  /** Graphics, audio and video of the interpretation, uploaded from the staff pages. */
  media: v.optional(
    v.pipe(v.array(MediaItemSchema), v.maxLength(20, '图片、音视频不能超过 20 个')),
    [],
  ),
});

const tag = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, '标签不能为空'),
  v.maxLength(12, '每个标签不能超过 12 字'),
);

export const QaDraftSchema = v.object({
  kind: v.literal('qa'),
  ...catalogueEntries,
  ...madeOnEntry,
  ...concernEntry,
  /** The question is the title. */
  title: text(200, '问题'),
  answer: text(3000, '回答'),
  tags: v.optional(v.pipe(v.array(tag), v.maxLength(8, '标签不能超过 8 个')), []),
  documentIds: v.optional(v.pipe(v.array(IdSchema), v.maxLength(5, '关联文件不能超过 5 个')), []),
  /** The service guides this answer is about: shown on it, and it on them. */
  guideIds: v.optional(v.pipe(v.array(IdSchema), v.maxLength(5, '关联办事指南不能超过 5 个')), []),
});

/** 权威发布: short and urgent; reviewers see it first (the plan's 5-hour rule). */
export const NoticeDraftSchema = v.object({
  kind: v.literal('notice'),
  ...catalogueEntries,
  ...madeOnEntry,
  ...concernEntry,
  body: text(2000, '正文'),
  urgent: v.boolean('请选择是否紧急'),
});

/** 办事指南: a service of the public catalogue; always 服务公开. See guide.ts for its fields. */
export const GuideDraftSchema = v.pipe(
  v.object({
    kind: v.literal('guide'),
    ...catalogueEntries,
    ...madeOnEntry,
    title: text(100, '事项名称'),
    ...GuideFieldsSchema,
  }),
  v.forward(
    v.partialCheck(
      [['statutoryDays'], ['promisedDays']],
      promisedWithinStatutory,
      '承诺办结时限不能长于法定办结时限',
    ),
    ['promisedDays'],
  ),
);

/** 征求意见: a draft of a major decision put out for public comment. See consultation.ts. */
export const ConsultationDraftSchema = v.pipe(
  v.object({
    kind: v.literal('consultation'),
    ...catalogueEntries,
    ...madeOnEntry,
    title: text(200, '草案标题'),
    ...ConsultationFieldsSchema,
  }),
  v.forward(
    v.partialCheck(
      [['opensOn'], ['closesOn']],
      longEnough,
      `征求意见期限不少于 ${CONSULTATION_RULES.minDays} 日`,
    ),
    ['closesOn'],
  ),
);

/**
 * 政府信息公开工作年度报告: what staff enter for a year, and the tables of every figure as computed
 * when it was submitted for review (the server fills `tables` then, so what was reviewed is what is
 * published; whatever a client sends there is dropped on save: withoutReportFigures). See
 * annual-report.ts.
 */
export const AnnualReportDraftSchema = v.object({
  kind: v.literal('annual_report'),
  ...catalogueEntries,
  title: text(100, '报告标题'),
  year: ReportYearSchema,
  inputs: ReportStaffInputsSchema,
  tables: v.optional(AnnualReportTablesSchema),
  /** Items published later than art. 26's 20 working days in the year, as computed with `tables`. */
  latePublications: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** 信息处理费 paid in the year (section 6), as computed with `tables`. */
  feesCharged: v.optional(
    v.object({
      count: v.pipe(v.number(), v.integer(), v.minValue(0)),
      amount: v.pipe(v.number(), v.minValue(0)),
    }),
  ),
});

export const ContentDraftSchema = v.variant(
  'kind',
  [
    DocumentDraftSchema,
    InterpretationDraftSchema,
    QaDraftSchema,
    NoticeDraftSchema,
    GuideDraftSchema,
    ConsultationDraftSchema,
    AnnualReportDraftSchema,
  ],
  '请选择稿件类型',
);

export type DocumentDraft = v.InferOutput<typeof DocumentDraftSchema>;
export type InterpretationDraft = v.InferOutput<typeof InterpretationDraftSchema>;
export type QaDraft = v.InferOutput<typeof QaDraftSchema>;
export type NoticeDraft = v.InferOutput<typeof NoticeDraftSchema>;
export type GuideDraft = v.InferOutput<typeof GuideDraftSchema>;
export type ConsultationDraft = v.InferOutput<typeof ConsultationDraftSchema>;
export type AnnualReportDraft = v.InferOutput<typeof AnnualReportDraftSchema>;
export type ContentDraft = v.InferOutput<typeof ContentDraftSchema>;
export type Attachment = v.InferOutput<typeof AttachmentSchema>;

/** What a published version adds to what the editor wrote. */
interface Publication {
  id: string;
  publishedAt: string;
  updatedAt: string;
  /** Seeded demonstration content is marked so nobody mistakes it for a real release. */
  demo: boolean;
  /** 索引号, given at the first publication and kept (index-number.ts); absent until numbered. */
  indexNumber?: string;
}
export type Published<D extends ContentDraft> = D & Publication;
export type PublishedDocument = Published<DocumentDraft>;
export type Interpretation = Published<InterpretationDraft>;
export type PublishedQa = Published<QaDraft>;
export type PublishedNotice = Published<NoticeDraft>;
export type PublishedGuide = Published<GuideDraft>;
export type PublishedConsultation = Published<ConsultationDraft>;
export type PublishedAnnualReport = Published<AnnualReportDraft>;
export type PublishedContent =
  | PublishedDocument
  | Interpretation
  | PublishedQa
  | PublishedNotice
  | PublishedGuide
  | PublishedConsultation
  | PublishedAnnualReport;

/** The kinds an item may refer to: documents it rests on, guides it is about. */
export const REFERENCEABLE_KINDS = ['document', 'guide'] as const satisfies readonly ContentKind[];

/** The documents an item refers to, whatever its kind. */
export function referencedDocumentIds(draft: ContentDraft): string[] {
  if (draft.kind === 'interpretation') return draft.documentId ? [draft.documentId] : [];
  if (draft.kind === 'qa' || draft.kind === 'guide') return [...new Set(draft.documentIds)];
  return [];
}

/** Everything an item refers to: its documents, and for a Q&A the guides it is about. */
export function referencedIds(draft: ContentDraft): string[] {
  return [
    ...referencedDocumentIds(draft),
    ...(draft.kind === 'qa' ? [...new Set(draft.guideIds)] : []),
  ];
}

/**
 * A document's 文件类型: items saved before documents had one read as 其他文件 (`other`), so the
 * report never counts a document as 规章 or 行政规范性文件 that nobody said was one.
 */
export const documentTypeOf = (document: { documentType?: DocumentType }): DocumentType =>
  document.documentType ?? 'other';

/**
 * The date the 20-working-day publication deadline (art. 26) counts from: a document's 变更日期 if
 * it was amended, else its 成文日期; any other kind's 信息形成或变更日期. Undefined for a draft
 * saved before the rule (no madeOn): it has no deadline.
 */
export function madeOnOf(draft: ContentDraft): string | undefined {
  if (draft.kind === 'document') return draft.changedOn ?? draft.issuedAt;
  // The annual report has its own statutory date (31 January, art. 50), not art. 26's 20 days.
  return draft.kind === 'annual_report' ? undefined : draft.madeOn;
}

/** The one rule of what may reach a resident: documents carry an attribute, other kinds are public. */
export const isPubliclyDisclosed = (draft: ContentDraft): boolean =>
  draft.kind !== 'document' || draft.disclosure === 'proactive';

/** One line of a list: the same shape for every kind, plus what that kind shows on its card. */
export interface ContentCard {
  id: string;
  kind: ContentKind;
  title: string;
  summary: string;
  category: DisclosureCategory;
  office: Office;
  /** A built-in topic or one staff added (`topicLabel` names either). */
  topic: string;
  publishedAt: string;
  demo: boolean;
  /** 索引号: the catalogue (目录) lists each item with it. */
  indexNumber?: string;
  format?: Interpretation['format'];
  number?: string;
  validity?: Validity;
  urgent?: boolean;
  /** Guides: 事项编码, the promised time limit in working days, whether it is free. */
  code?: string;
  promisedDays?: number;
  free?: boolean;
  /** Consultations: the comment period. */
  opensOn?: string;
  closesOn?: string;
  /** Annual reports: the year reported on. */
  year?: number;
}

/**
 * An item referred to that was withdrawn since: that it went, and nothing of what it said (no
 * title, summary or number: items are often withdrawn because they exposed someone).
 */
export interface WithdrawnReference {
  id: string;
  withdrawn: true;
}

/** A document as shown beside an item that refers to it, or only that it was withdrawn. */
export type DocumentReference =
  (ContentCard & { kind: 'document'; withdrawn?: undefined }) | WithdrawnReference;

/** A resident's view of one published item: it, the documents it rests on, what refers to it. */
export interface ContentView {
  item: PublishedContent;
  documents: DocumentReference[];
  /** For a Q&A: the service guides it is about (a guide `withdrawn` once it left the catalogue). */
  guides: Array<(ContentCard & { withdrawn?: undefined }) | WithdrawnReference>;
  related: ContentCard[];
  /** "Was this helpful?" counts, for the kinds that ask. */
  helpful?: { yes: number; no: number };
  /** 好差评 of a guide. */
  rating?: RatingSummary;
  /** A consultation's comment period, counts, closed-question results and report. */
  consultation?: ConsultationStatus;
}

export const KindQuerySchema = v.picklist(
  CONTENT_KINDS,
  `类型须为以下之一：${CONTENT_KINDS.join('、')}`,
);

export const ListContentQuerySchema = v.pipe(
  v.object({
    kind: v.optional(KindQuerySchema, 'interpretation'),
    category: v.optional(CategoryQuerySchema),
    office: v.optional(
      v.pipe(v.string(), v.regex(OFFICE_ID_PATTERN, '科室编号须为小写字母、数字或连字符')),
    ),
    topic: v.optional(
      v.union(
        [v.picklist(TOPICS), v.pipe(v.string(), v.regex(CUSTOM_TOPIC_PATTERN))],
        `主题须为以下之一或工作人员新增的主题：${TOPICS.join('、')}`,
      ),
    ),
    cursor: CursorSchema,
    limit: PageLimitSchema,
  }),
  v.check(
    (query) => [query.category, query.office, query.topic].filter(Boolean).length <= 1,
    '一次只能按类别、科室或主题中的一种筛选',
  ),
);
export type ListContentQuery = v.InferOutput<typeof ListContentQuerySchema>;
export type CatalogueFacet = FeedChoiceFacet['name'];

export type { Disclosure, Validity };

/** One facet value to browse by. */
export type FeedChoiceFacet =
  | { name: 'category'; value: DisclosureCategory }
  | { name: 'office'; value: Office }
  | { name: 'topic'; value: string };

/** The facet a list query asks for, if any (the schema allows at most one). */
export function facetOf(
  query: Pick<ListContentQuery, 'category' | 'office' | 'topic'>,
): FeedChoiceFacet | undefined {
  if (query.category) return { name: 'category', value: query.category };
  if (query.office) return { name: 'office', value: query.office };
  if (query.topic) return { name: 'topic', value: query.topic };
  return undefined;
}

const excerpt = (text: string, length = 80) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return [...flat].length > length ? `${[...flat].slice(0, length).join('')}…` : flat;
};

/** The card of a published item: what lists, links and search results show of it. */
export function contentCard(content: PublishedContent): ContentCard {
  const { id, kind, title, category, office, topic, publishedAt, demo, indexNumber } = content;
  const base = {
    id,
    kind,
    title,
    category,
    office,
    topic,
    publishedAt,
    demo,
    ...(indexNumber && { indexNumber }),
  };
  switch (content.kind) {
    case 'document':
      return {
        ...base,
        summary: content.summary,
        number: content.number,
        validity: content.validity,
      };
    case 'interpretation':
      return { ...base, summary: content.summary, format: content.format };
    case 'qa':
      return { ...base, summary: excerpt(content.answer) };
    case 'notice':
      return { ...base, summary: excerpt(content.body), urgent: content.urgent };
    case 'guide':
      return {
        ...base,
        summary: excerpt(content.short),
        code: content.code,
        promisedDays: content.promisedDays,
        free: content.fee.free,
      };
    case 'consultation':
      return {
        ...base,
        summary: content.summary,
        opensOn: content.opensOn,
        closesOn: content.closesOn,
      };
    case 'annual_report':
      return {
        ...base,
        summary: excerpt(content.inputs.narrative.overview),
        year: content.year,
      };
  }
}
