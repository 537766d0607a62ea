import { ERROR_CODES, type ErrorCode, type FieldIssue } from '@sunshine/shared';

/** An error the API answers with its own code and a message a person can act on. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_CODES[code].message,
    readonly fields?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
  }
}

/**
 * Too many requests: a 429 that says when to try again (the `Retry-After` header, in seconds),
 * so a client waits instead of retrying into the same refusal.
 */
export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message?: string,
  ) {
    super('RATE_LIMITED', message);
    this.name = 'RateLimitedError';
  }
}

export class ValidationError extends AppError {
  constructor(fields: FieldIssue[]) {
    // The first problem is the headline; every problem is listed by field for forms.
    super('VALIDATION_FAILED', fields[0]?.message ?? ERROR_CODES.VALIDATION_FAILED.message, fields);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends AppError {
  constructor(message?: string) {
    super('NOT_FOUND', message);
    this.name = 'NotFoundError';
  }
}
