import { useState } from 'react';
import {
  ContentDraftSchema,
  validate,
  type ConcernLink,
  type ContentDraft,
  type FieldIssue,
  type Validation,
} from '@sunshine/shared';
import { withoutField } from '../../components/field-issues';
import { emptyForm, fromDraft, toInput, type DraftForm } from './draft-model';
import type { EditorDraft, EditorKind } from './editor-kind';

/** Replace the value at a dot path (`document.title`, `qa.0.answer`) without mutating. */
function setAt<T>(target: T, path: string[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const copy = (Array.isArray(target) ? [...target] : { ...target }) as Record<string, unknown>;
  copy[head] = setAt(copy[head], rest, value);
  return copy as T;
}

/**
 * A draft form of one kind and its problems, named by the same dot paths as the server's. An
 * existing draft keeps its own kind; `kind` only chooses the form of a new one.
 */
export function useDraftForm(kind: EditorKind, initial?: EditorDraft, concern?: ConcernLink) {
  const [form, setForm] = useState<DraftForm>(() =>
    initial ? fromDraft(initial) : withConcern(emptyForm(kind), concern),
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);

  /**
   * Set a field (or a whole list) and forget its problems and those under it: a list that gained
   * or lost an entry is renumbered, so its old problems no longer point anywhere.
   */
  const change = (field: string, value: unknown) => {
    setForm((previous) => setAt(previous, field.split('.'), value));
    setIssues((previous) => withoutField(previous, field));
  };

  /** The draft to send, or its problems (the submission shows them under their fields). */
  const check = (): Validation<ContentDraft> => validate(ContentDraftSchema, toInput(form));

  return { form, issues, setIssues, change, check };
}

/** A new draft opened from a concern answers it; only the kinds that may answer one take it. */
function withConcern(form: DraftForm, concern: ConcernLink | undefined): DraftForm {
  if (!concern) return form;
  return form.kind === 'notice' || form.kind === 'qa' || form.kind === 'interpretation'
    ? { ...form, concern }
    : form;
}

export type DraftFormState = ReturnType<typeof useDraftForm>;

/** What one kind's fields are given: the form, narrowed to that kind, and the means to change it. */
export interface FieldsProps<F extends DraftForm> {
  form: F;
  issues: FieldIssue[];
  change: (field: string, value: unknown) => void;
  disabled: boolean;
}
