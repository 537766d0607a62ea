import { InterpretationDraftSchema, QaPairSchema, SECTION_KEYS, SectionsSchema, SourceDocumentSchema } from '@sunshine/shared';
import { maxLengthOf } from '../../components/schema-limits';

export type SectionKey = (typeof SECTION_KEYS)[number];

/** Input limits of the draft form, read from the shared schema. */
export const DRAFT_LIMITS = {
  title: maxLengthOf(InterpretationDraftSchema.entries.title),
  summary: maxLengthOf(InterpretationDraftSchema.entries.summary),
  documentTitle: maxLengthOf(SourceDocumentSchema.entries.title),
  documentNumber: maxLengthOf(SourceDocumentSchema.entries.number),
  issuer: maxLengthOf(SourceDocumentSchema.entries.issuer),
  sections: Object.fromEntries(SECTION_KEYS.map((key) => [key, maxLengthOf(SectionsSchema.entries[key])])) as Record<SectionKey, number>,
  question: maxLengthOf(QaPairSchema.entries.question),
  answer: maxLengthOf(QaPairSchema.entries.answer),
  qaCount: maxLengthOf(InterpretationDraftSchema.entries.qa),
};
