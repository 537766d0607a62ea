import {
  AttachmentSchema,
  ClosedQuestionSchema,
  ConsultationDraftSchema,
  ConsultationFieldsSchema,
  DocumentDraftSchema,
  GuideDraftSchema,
  GuideFieldsSchema,
  HoursSchema,
  InterpretationDraftSchema,
  MaterialSchema,
  NoticeDraftSchema,
  QaDraftSchema,
  QaPairSchema,
  SECTION_KEYS,
  SectionsSchema,
  SourceDocumentSchema,
  StepSchema,
} from '@sunshine/shared';
import { maxLengthOf } from '../../components/schema-limits';
import type { EditorKind } from './editor-kind';

export type SectionKey = (typeof SECTION_KEYS)[number];

/** Input limits of the draft forms, read from the shared schemas so a rule lives in one place. */
export const DRAFT_LIMITS = {
  title: {
    document: maxLengthOf(DocumentDraftSchema.entries.title),
    interpretation: maxLengthOf(InterpretationDraftSchema.entries.title),
    qa: maxLengthOf(QaDraftSchema.entries.title),
    notice: maxLengthOf(NoticeDraftSchema.entries.title),
    guide: maxLengthOf(GuideDraftSchema.entries.title),
    consultation: maxLengthOf(ConsultationDraftSchema.pipe[0].entries.title),
  } satisfies Record<EditorKind, number>,
  document: {
    summary: maxLengthOf(DocumentDraftSchema.entries.summary),
    number: maxLengthOf(DocumentDraftSchema.entries.number),
    body: maxLengthOf(DocumentDraftSchema.entries.body),
    attachmentCount: maxLengthOf(DocumentDraftSchema.entries.attachments),
    attachmentName: maxLengthOf(AttachmentSchema.entries.name),
    attachmentUrl: maxLengthOf(AttachmentSchema.entries.url),
  },
  /** A question and its answer, as interpretations and guides list them. */
  qaPair: {
    question: maxLengthOf(QaPairSchema.entries.question),
    answer: maxLengthOf(QaPairSchema.entries.answer),
  },
  interpretation: {
    summary: maxLengthOf(InterpretationDraftSchema.entries.summary),
    documentTitle: maxLengthOf(SourceDocumentSchema.entries.title),
    documentNumber: maxLengthOf(SourceDocumentSchema.entries.number),
    issuer: maxLengthOf(SourceDocumentSchema.entries.issuer),
    sections: Object.fromEntries(
      SECTION_KEYS.map((key) => [key, maxLengthOf(SectionsSchema.entries[key])]),
    ) as Record<SectionKey, number>,
    qaCount: maxLengthOf(InterpretationDraftSchema.entries.qa),
  },
  qa: {
    answer: maxLengthOf(QaDraftSchema.entries.answer),
    tagCount: maxLengthOf(QaDraftSchema.entries.tags),
    documentCount: maxLengthOf(QaDraftSchema.entries.documentIds),
  },
  notice: {
    body: maxLengthOf(NoticeDraftSchema.entries.body),
  },
  guide: {
    short: maxLengthOf(GuideFieldsSchema.short),
    basis: maxLengthOf(GuideFieldsSchema.basis),
    eligibility: maxLengthOf(GuideFieldsSchema.eligibility),
    refusalGrounds: maxLengthOf(GuideFieldsSchema.refusalGrounds),
    excludedSteps: maxLengthOf(GuideFieldsSchema.excludedSteps),
    materialCount: maxLengthOf(GuideFieldsSchema.materials),
    materialName: maxLengthOf(MaterialSchema.entries.name),
    materialNotes: maxLengthOf(MaterialSchema.entries.notes),
    stepCount: maxLengthOf(GuideFieldsSchema.steps),
    stepName: maxLengthOf(StepSchema.entries.name),
    stepDescription: maxLengthOf(StepSchema.entries.description),
    // The charging branch of the fee variant holds the texts.
    feeAmount: maxLengthOf(GuideFieldsSchema.fee.options[1].entries.amount),
    feeBasis: maxLengthOf(GuideFieldsSchema.fee.options[1].entries.basis),
    address: maxLengthOf(GuideFieldsSchema.address),
    spanCount: maxLengthOf(HoursSchema.entries.spans),
    hoursNotes: maxLengthOf(HoursSchema.entries.notes),
    faqCount: maxLengthOf(GuideFieldsSchema.faq),
    documentCount: maxLengthOf(GuideFieldsSchema.documentIds),
  },
  consultation: {
    summary: maxLengthOf(ConsultationFieldsSchema.summary),
    body: maxLengthOf(ConsultationFieldsSchema.body),
    basis: maxLengthOf(ConsultationFieldsSchema.basis),
    feedbackUse: maxLengthOf(ConsultationFieldsSchema.feedbackUse),
    questionCount: maxLengthOf(ConsultationFieldsSchema.questions),
    prompt: maxLengthOf(ClosedQuestionSchema.entries.prompt),
  },
};
