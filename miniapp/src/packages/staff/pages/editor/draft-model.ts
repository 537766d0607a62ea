import type {
  Attachment,
  ContentDraft,
  ContentKind,
  Disclosure,
  DisclosureCategory,
  InterpretationFormat,
  MediaItem,
  Office,
  QaPair,
  Topic,
  Validity,
} from '@sunshine/shared';
import type { SectionKey } from './draft-limits';

/** What every kind's form holds: texts as typed, the catalogue facets unset until picked. */
interface CatalogueForm {
  title: string;
  category?: DisclosureCategory;
  office?: Office;
  topic?: Topic;
}

export interface DocumentForm extends CatalogueForm {
  kind: 'document';
  summary: string;
  number: string;
  issuedAt: string;
  effectiveAt: string;
  validity: Validity;
  /** Unset until picked: whether residents ever see the document is a decision, not a default. */
  disclosure?: Disclosure;
  body: string;
  attachments: Attachment[];
}

export interface InterpretationForm extends CatalogueForm {
  kind: 'interpretation';
  summary: string;
  format: InterpretationFormat;
  documentId: string;
  document: { title: string; number: string; issuer: string; issuedAt: string };
  sections: Record<SectionKey, string>;
  qa: QaPair[];
  media: MediaItem[];
}

export interface QaForm extends CatalogueForm {
  kind: 'qa';
  answer: string;
  /** As typed, one line of words; split into tags when sent. */
  tags: string;
  documentIds: string[];
}

export interface NoticeForm extends CatalogueForm {
  kind: 'notice';
  body: string;
  urgent: boolean;
}

/** A draft as its form holds it, one shape per kind. */
export type DraftForm = DocumentForm | InterpretationForm | QaForm | NoticeForm;

export function emptyForm(kind: ContentKind): DraftForm {
  switch (kind) {
    case 'document':
      return { kind, title: '', summary: '', number: '', issuedAt: '', effectiveAt: '', validity: 'in_force', body: '', attachments: [] };
    case 'interpretation':
      return {
        kind,
        title: '',
        summary: '',
        format: 'text',
        documentId: '',
        document: { title: '', number: '', issuer: '', issuedAt: '' },
        sections: { background: '', keyPoints: '', highlights: '', measures: '' },
        qa: [],
        media: [],
      };
    case 'qa':
      return { kind, title: '', answer: '', tags: '', documentIds: [] };
    case 'notice':
      return { kind, title: '', body: '', urgent: false };
  }
}

/** Tags are typed on one line, separated as people do in Chinese or English text. */
export const splitTags = (text: string): string[] => text.split(/[\s,，、;；]+/).filter(Boolean);

export function fromDraft(draft: ContentDraft): DraftForm {
  switch (draft.kind) {
    case 'document':
      return { ...draft, number: draft.number ?? '', effectiveAt: draft.effectiveAt ?? '', attachments: draft.attachments.map((attachment) => ({ ...attachment })) };
    case 'interpretation':
      return {
        ...draft,
        documentId: draft.documentId ?? '',
        document: { ...draft.document, number: draft.document.number ?? '' },
        qa: draft.qa.map((pair) => ({ ...pair })),
        media: draft.media.map((item) => ({ ...item })),
      };
    case 'qa':
      return { ...draft, tags: draft.tags.join(' '), documentIds: [...draft.documentIds] };
    case 'notice':
      return { ...draft };
  }
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
      return withoutBlank(form, ['number', 'effectiveAt']);
    case 'interpretation':
      return { ...withoutBlank(form, ['documentId']), document: withoutBlank(form.document, ['number']) };
    case 'qa':
      return { ...form, tags: splitTags(form.tags) };
    case 'notice':
      return form;
  }
}
