import type { ErrorCode, FieldIssue } from './errors';

/**
 * The one response envelope: every API answer is either `{ ok: true, data }` or
 * `{ ok: false, error }`. The functions produce it; the mini-program's request wrapper unwraps it.
 */
export interface SuccessEnvelope<T> {
  ok: true;
  data: T;
}

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields?: FieldIssue[];
}

export interface ErrorEnvelope {
  ok: false;
  error: ErrorBody;
}

export type Envelope<T> = SuccessEnvelope<T> | ErrorEnvelope;

/** A page of items; `nextCursor` is opaque and absent on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}
