import { ERROR_CODES, type ErrorCode, type FieldIssue } from '@sunshine/shared';

/** What a page sees when a call fails: a code, a message to show, and per-field problems. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code].message,
    readonly status: number = ERROR_CODES[code].status,
    readonly fields: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
