import { useState } from 'react';
import {
  InterpretationDraftSchema,
  validate,
  type DisclosureCategory,
  type FieldIssue,
  type InterpretationDraft,
  type InterpretationFormat,
  type QaPair,
} from '@sunshine/shared';
import { withoutField } from '../../components/field-issues';
import type { SectionKey } from './draft-limits';

/** The draft as the form holds it: every text a string, the category unset until picked. */
export interface DraftForm {
  title: string;
  summary: string;
  category?: DisclosureCategory;
  format: InterpretationFormat;
  document: { title: string; number: string; issuer: string; issuedAt: string };
  sections: Record<SectionKey, string>;
  qa: QaPair[];
}

const EMPTY_FORM: DraftForm = {
  title: '',
  summary: '',
  format: 'text',
  document: { title: '', number: '', issuer: '', issuedAt: '' },
  sections: { background: '', keyPoints: '', highlights: '', measures: '' },
  qa: [],
};

function fromDraft(draft: InterpretationDraft): DraftForm {
  return { ...draft, document: { ...draft.document, number: draft.document.number ?? '' }, qa: draft.qa.map((pair) => ({ ...pair })) };
}

/** What is sent: a blank document number is left out (it is optional). */
function toInput(form: DraftForm): unknown {
  const { number, ...document } = form.document;
  return { ...form, document: number.trim() ? { ...document, number } : document };
}

/** Replace the value at a dot path (`document.title`, `qa.0.answer`) without mutating. */
function setAt<T>(target: T, path: string[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const copy = (Array.isArray(target) ? [...target] : { ...target }) as Record<string, unknown>;
  copy[head] = setAt(copy[head], rest, value);
  return copy as T;
}

/** The draft form's state and its problems, named by the same dot paths as the server's. */
export function useDraftForm(initial?: InterpretationDraft) {
  const [form, setForm] = useState<DraftForm>(() => (initial ? fromDraft(initial) : EMPTY_FORM));
  const [issues, setIssues] = useState<FieldIssue[]>([]);

  const change = (field: string, value: unknown) => {
    setForm((previous) => setAt(previous, field.split('.'), value));
    setIssues((previous) => withoutField(previous, field));
  };
  // Adding or removing a pair renumbers the rest: their old problems no longer point anywhere.
  const setQa = (qa: QaPair[]) => {
    setForm((previous) => ({ ...previous, qa }));
    setIssues((previous) => withoutField(previous, 'qa'));
  };
  const addQa = () => setQa([...form.qa, { question: '', answer: '' }]);
  const removeQa = (index: number) => setQa(form.qa.filter((_, i) => i !== index));

  /** The draft to send, or undefined with the problems shown. */
  const check = (): InterpretationDraft | undefined => {
    const result = validate(InterpretationDraftSchema, toInput(form));
    setIssues(result.ok ? [] : result.issues);
    return result.ok ? result.value : undefined;
  };

  return { form, issues, setIssues, change, addQa, removeQa, check };
}

export type DraftFormState = ReturnType<typeof useDraftForm>;
