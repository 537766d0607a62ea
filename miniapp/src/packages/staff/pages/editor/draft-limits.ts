import {
  AttachmentSchema,
  DocumentDraftSchema,
  InterpretationDraftSchema,
  NoticeDraftSchema,
  QaDraftSchema,
  QaPairSchema,
  SECTION_KEYS,
  SectionsSchema,
  SourceDocumentSchema,
  type ContentKind,
} from '@sunshine/shared';
import { maxLengthOf } from '../../components/schema-limits';

export type SectionKey = (typeof SECTION_KEYS)[number];

/** Input limits of the draft forms, read from the shared schemas so a rule lives in one place. */
export const DRAFT_LIMITS = {
  title: {
    document: maxLengthOf(DocumentDraftSchema.entries.title),
    interpretation: maxLengthOf(InterpretationDraftSchema.entries.title),
    qa: maxLengthOf(QaDraftSchema.entries.title),
    notice: maxLengthOf(NoticeDraftSchema.entries.title),
  } satisfies Record<ContentKind, number>,
  document: {
    summary: maxLengthOf(DocumentDraftSchema.entries.summary),
    number: maxLengthOf(DocumentDraftSchema.entries.number),
    body: maxLengthOf(DocumentDraftSchema.entries.body),
    attachmentCount: maxLengthOf(DocumentDraftSchema.entries.attachments),
    attachmentName: maxLengthOf(AttachmentSchema.entries.name),
    attachmentUrl: maxLengthOf(AttachmentSchema.entries.url),
  },
  interpretation: {
    summary: maxLengthOf(InterpretationDraftSchema.entries.summary),
    documentTitle: maxLengthOf(SourceDocumentSchema.entries.title),
    documentNumber: maxLengthOf(SourceDocumentSchema.entries.number),
    issuer: maxLengthOf(SourceDocumentSchema.entries.issuer),
    sections: Object.fromEntries(SECTION_KEYS.map((key) => [key, maxLengthOf(SectionsSchema.entries[key])])) as Record<SectionKey, number>,
    question: maxLengthOf(QaPairSchema.entries.question),
    answer: maxLengthOf(QaPairSchema.entries.answer),
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
};
