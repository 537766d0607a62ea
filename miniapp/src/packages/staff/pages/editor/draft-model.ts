import type {
  Attachment,
  ConcernLink,
  Disclosure,
  DisclosureCategory,
  DocumentType,
  GuideDraft,
  InterpretationFormat,
  Material,
  MediaItem,
  Office,
  QaPair,
  ServiceKind,
  Validity,
  WithholdingGround,
} from '@sunshine/shared';
import { CONSULTATION_RULES } from '@sunshine/shared';
import { chinaDate } from '../../components/format-time';
import type { SectionKey } from './draft-limits';
import type { EditorDraft, EditorKind } from './editor-kind';

/** What every kind's form holds: texts as typed, the catalogue facets unset until picked. */
interface CatalogueForm {
  title: string;
  category?: DisclosureCategory;
  office?: Office;
  /** A built-in topic or one staff added. */
  topic?: string;
}

/**
 * 信息形成或变更日期 of every kind but documents (which count from 成文日期 or 变更日期): today for a
 * new draft, blank on one saved before the rule (and then it has no publication deadline).
 */
interface MadeOnForm {
  madeOn: string;
}

export interface DocumentForm extends CatalogueForm {
  kind: 'document';
  summary: string;
  number: string;
  /** Unset until picked on a new document (and on one saved before documents had a type). */
  documentType?: DocumentType;
  issuedAt: string;
  changedOn: string;
  effectiveAt: string;
  validity: Validity;
  repealedOn: string;
  /** Unset until picked: whether residents ever see the document is a decision, not a default. */
  disclosure?: Disclosure;
  /** Kept while the document is proactive, so switching back and forth loses nothing; sent only when withheld. */
  withholding: { ground?: WithholdingGround; basis: string };
  body: string;
  attachments: Attachment[];
}

/** 关联关切: the concern a release answers, and as which entry of its thread. */
interface ConcernForm {
  concern?: ConcernLink;
}

export interface InterpretationForm extends CatalogueForm, MadeOnForm, ConcernForm {
  kind: 'interpretation';
  summary: string;
  format: InterpretationFormat;
  documentId: string;
  document: { title: string; number: string; issuer: string; issuedAt: string };
  sections: Record<SectionKey, string>;
  qa: QaPair[];
  media: MediaItem[];
}

export interface QaForm extends CatalogueForm, MadeOnForm, ConcernForm {
  kind: 'qa';
  answer: string;
  /** As typed, one line of words; split into tags when sent. */
  tags: string;
  documentIds: string[];
  guideIds: string[];
}

export interface NoticeForm extends CatalogueForm, MadeOnForm, ConcernForm {
  kind: 'notice';
  body: string;
  urgent: boolean;
}

/** A material as typed: the count is text until sent, the form unset until picked. */
export interface MaterialForm extends Omit<Material, 'form' | 'copies'> {
  form?: Material['form'];
  copies: string;
}

/** Numbers are held as typed, so a blank or half-typed one ("36.") shows as typed; read when sent. */
export interface GuideForm extends CatalogueForm, MadeOnForm {
  kind: 'guide';
  code: string;
  serviceKind?: ServiceKind;
  short: string;
  basis: string;
  eligibility: string;
  refusalGrounds: string;
  materials: MaterialForm[];
  steps: Array<{ name: string; description: string }>;
  statutoryDays: string;
  statutoryCalendarDays: boolean;
  promisedDays: string;
  excludedSteps: string;
  /** Both texts are kept while 免费 is on, so switching back and forth loses nothing. */
  fee: { free: boolean; amount: string; basis: string };
  address: string;
  /** Both blank: the hall is not on the map. */
  location: { latitude: string; longitude: string };
  hours: { days: number[]; spans: Array<{ start: string; end: string }>; notes: string };
  enquiryPhone: string;
  complaintPhone: string;
  onlineUrl: string;
  visits: string;
  faq: QaPair[];
  documentIds: string[];
}

/** A closed question as typed: its options one per line. */
export interface ClosedQuestionForm {
  prompt: string;
  multiple: boolean;
  options: string;
}

/** Clauses and options are typed one per line, as staff copy them from the draft. */
export interface ConsultationForm extends CatalogueForm, MadeOnForm {
  kind: 'consultation';
  summary: string;
  body: string;
  basis: string;
  feedbackUse: string;
  opensOn: string;
  closesOn: string;
  sections: string;
  questions: ClosedQuestionForm[];
  attachments: Attachment[];
}

/** A draft as its form holds it, one shape per kind. */
export type DraftForm =
  DocumentForm | InterpretationForm | QaForm | NoticeForm | GuideForm | ConsultationForm;

export function emptyForm(kind: EditorKind): DraftForm {
  switch (kind) {
    case 'document':
      return {
        kind,
        title: '',
        summary: '',
        number: '',
        issuedAt: '',
        changedOn: '',
        effectiveAt: '',
        validity: 'in_force',
        repealedOn: '',
        withholding: { basis: '' },
        body: '',
        attachments: [],
      };
    case 'interpretation':
      return {
        kind,
        title: '',
        madeOn: chinaDate(),
        summary: '',
        format: 'text',
        documentId: '',
        document: { title: '', number: '', issuer: '', issuedAt: '' },
        sections: { background: '', keyPoints: '', highlights: '', measures: '' },
        qa: [],
        media: [],
      };
    case 'qa':
      return {
        kind,
        title: '',
        madeOn: chinaDate(),
        answer: '',
        tags: '',
        documentIds: [],
        guideIds: [],
      };
    case 'notice':
      return { kind, title: '', madeOn: chinaDate(), body: '', urgent: false };
    case 'guide':
      return emptyGuide();
    case 'consultation':
      // Opens today for the minimum period; a major decision is in 决策公开.
      return {
        kind,
        title: '',
        madeOn: chinaDate(),
        category: 'decision',
        summary: '',
        body: '',
        basis: '',
        feedbackUse: '',
        opensOn: chinaDate(),
        closesOn: chinaDate(CONSULTATION_RULES.minDays),
        sections: '',
        questions: [],
        attachments: [],
      };
  }
}

/** A new guide: in 服务公开, where the catalogue of services belongs, and with one span to fill. */
function emptyGuide(): GuideForm {
  return {
    kind: 'guide',
    title: '',
    madeOn: chinaDate(),
    category: 'service',
    code: '',
    short: '',
    basis: '',
    eligibility: '',
    refusalGrounds: '',
    materials: [],
    steps: [],
    statutoryDays: '',
    statutoryCalendarDays: false,
    promisedDays: '',
    excludedSteps: '',
    fee: { free: true, amount: '', basis: '' },
    address: '',
    location: { latitude: '', longitude: '' },
    hours: { days: [], spans: [{ start: '', end: '' }], notes: '' },
    enquiryPhone: '',
    complaintPhone: '',
    onlineUrl: '',
    visits: '',
    faq: [],
    documentIds: [],
  };
}

/** Tags are typed on one line, separated as people do in Chinese or English text. */
export const splitTags = (text: string): string[] => text.split(/[\s,，、;；]+/).filter(Boolean);

export function fromDraft(draft: EditorDraft): DraftForm {
  switch (draft.kind) {
    case 'document':
      return {
        ...draft,
        number: draft.number ?? '',
        changedOn: draft.changedOn ?? '',
        effectiveAt: draft.effectiveAt ?? '',
        repealedOn: draft.repealedOn ?? '',
        withholding: draft.withholding ? { ...draft.withholding } : { basis: '' },
        attachments: draft.attachments.map((attachment) => ({ ...attachment })),
      };
    case 'interpretation':
      return {
        ...draft,
        madeOn: draft.madeOn ?? '',
        documentId: draft.documentId ?? '',
        document: { ...draft.document, number: draft.document.number ?? '' },
        qa: draft.qa.map((pair) => ({ ...pair })),
        media: draft.media.map((item) => ({ ...item })),
      };
    case 'qa':
      return {
        ...draft,
        madeOn: draft.madeOn ?? '',
        tags: draft.tags.join(' '),
        documentIds: [...draft.documentIds],
        guideIds: [...draft.guideIds],
      };
    case 'notice':
      return { ...draft, madeOn: draft.madeOn ?? '' };
    case 'guide':
      return guideFromDraft(draft);
    case 'consultation':
      return {
        ...draft,
        madeOn: draft.madeOn ?? '',
        sections: draft.sections.join('\n'),
        questions: draft.questions.map((question) => ({
          ...question,
          options: question.options.join('\n'),
        })),
        attachments: draft.attachments.map((attachment) => ({ ...attachment })),
      };
  }
}

function guideFromDraft(draft: GuideDraft): GuideForm {
  const {
    fee,
    location,
    hours,
    materials,
    statutoryDays,
    promisedDays,
    visits,
    onlineUrl,
    ...texts
  } = draft;
  return {
    ...texts,
    madeOn: texts.madeOn ?? '',
    materials: materials.map((material) => ({ ...material, copies: String(material.copies) })),
    steps: draft.steps.map((step) => ({ ...step })),
    statutoryDays: String(statutoryDays),
    promisedDays: String(promisedDays),
    fee: fee.free ? { free: true, amount: '', basis: '' } : { ...fee },
    location: location
      ? { latitude: String(location.latitude), longitude: String(location.longitude) }
      : { latitude: '', longitude: '' },
    hours: {
      days: [...hours.days],
      spans: hours.spans.map((span) => ({ ...span })),
      notes: hours.notes,
    },
    onlineUrl: onlineUrl ?? '',
    visits: String(visits),
    faq: draft.faq.map((pair) => ({ ...pair })),
    documentIds: [...draft.documentIds],
  };
}

/** The object without those optional texts left blank: the schema would read blank as wrong. */
function withoutBlank<T extends object>(value: T, keys: Array<keyof T>): Partial<T> {
  const copy = { ...value };
  for (const key of keys) if (String(copy[key] ?? '').trim() === '') delete copy[key];
  return copy;
}

/** What is validated and sent. */
export function toInput(form: DraftForm): unknown {
  switch (form.kind) {
    case 'document':
      return documentInput(form);
    case 'interpretation':
      return {
        ...withoutBlank(form, ['documentId', 'madeOn']),
        document: withoutBlank(form.document, ['number']),
      };
    case 'qa':
      return { ...withoutBlank(form, ['madeOn']), tags: splitTags(form.tags) };
    case 'notice':
      return withoutBlank(form, ['madeOn']);
    case 'guide':
      return guideInput(form);
    case 'consultation':
      return {
        ...withoutBlank(form, ['madeOn']),
        sections: lines(form.sections),
        questions: form.questions.map((question) => ({
          ...question,
          options: lines(question.options),
        })),
      };
  }
}

/**
 * A document's dates left blank are absent; its withholding goes only with a document that is not
 * proactive (a ground not picked is missing, so the schema asks for it).
 */
function documentInput(form: DocumentForm): unknown {
  const { withholding, ...rest } = form;
  const withheld = form.disclosure !== undefined && form.disclosure !== 'proactive';
  return {
    ...withoutBlank(rest, ['number', 'effectiveAt', 'changedOn', 'repealedOn']),
    ...(withheld && { withholding: { ground: withholding.ground, basis: withholding.basis } }),
  };
}

/** Text typed one entry per line, blank lines dropped. */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A typed number, or nothing when blank so the schema asks for it. Text that is no number reads as
 * NaN, which the schema rejects as "须为数字" rather than this guessing at what was meant.
 */
const numberOf = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text.trim());

/** A time not yet picked is missing, so the schema says "请填写开始时间" rather than a format rule. */
const timeOf = (text: string): string | undefined => text || undefined;

function guideInput(form: GuideForm): unknown {
  const { fee, location, hours, materials, statutoryDays, promisedDays, visits, ...texts } = form;
  const mapped = location.latitude.trim() !== '' || location.longitude.trim() !== '';
  return {
    ...withoutBlank(texts, ['onlineUrl', 'madeOn']),
    materials: materials.map((material) => ({ ...material, copies: numberOf(material.copies) })),
    statutoryDays: numberOf(statutoryDays),
    promisedDays: numberOf(promisedDays),
    fee: fee.free ? { free: true } : { free: false, amount: fee.amount, basis: fee.basis },
    ...(mapped && {
      location: { latitude: numberOf(location.latitude), longitude: numberOf(location.longitude) },
    }),
    hours: {
      ...hours,
      spans: hours.spans.map((span) => ({ start: timeOf(span.start), end: timeOf(span.end) })),
    },
    visits: numberOf(visits),
  };
}
