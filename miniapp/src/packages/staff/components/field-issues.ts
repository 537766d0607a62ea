import type { FieldIssue } from '@sunshine/shared';
import { ApiError } from '../../../services/api-error';

/** Messages for one field, named by its dot path (`document.title`, `qa.0.answer`). */
export function messagesFor(issues: FieldIssue[], field: string): string[] {
  return issues.filter((issue) => issue.field === field).map((issue) => issue.message);
}

/** Issues left once a field (and everything under it) has been edited. */
export function withoutField(issues: FieldIssue[], field: string): FieldIssue[] {
  return issues.filter((issue) => issue.field !== field && !issue.field.startsWith(`${field}.`));
}

/** The per-field problems a failed call reported, if any. */
export function fieldsOf(error: unknown): FieldIssue[] {
  return error instanceof ApiError ? error.fields : [];
}
