/**
 * The hour's limits every resident submission (a question, later a consultation comment or a
 * disclosure application) is counted against, in the same transaction that stores it.
 */
export interface SubmissionLimits {
  perPersonPerHour: number;
  perAddressPerHour: number;
  /**
   * A kind of submission with a person's counter of its own (e.g. 'APPLICATION'); absent, the
   * person's general counter. The address's counter is always shared: it stops scripts.
   */
  counter?: string;
}

/** Who submits and from where. The address is plain data from the HTTP edge; absent, it is not counted. */
export interface SubmissionSource {
  userId: string;
  ip?: string;
}

/** Too many submissions (or sign-in attempts) from one person, one address, or everyone together, in the current period. */
export class RateLimitError extends Error {
  constructor(readonly by: 'person' | 'address' | 'everyone' = 'person') {
    super(`rate limit (${by})`);
    this.name = 'RateLimitError';
  }
}

/** The kinds of submission that share a person's client keys: a key names one submission of one kind. */
export type SubmissionKind = 'question' | 'comment' | 'application';

/** What a client key was used for: the kind, and a fingerprint of what was sent (without the key). */
export interface ClientKeyUse {
  kind: SubmissionKind;
  fingerprint: string;
}

/** A submission a client key recorded. Keys recorded before kinds were (issue 14) have no fingerprint. */
export interface RecordedSubmission {
  id: string;
  kind: SubmissionKind;
  fingerprint?: string;
  /** For a comment, the consultation it was sent to. */
  consultationId?: string;
}

/**
 * What is asked before a submission costs anything: the client key (a retry is answered from it)
 * and the hour's counts (a person or address already at a limit is refused), both read only (the
 * slot and the key are taken in the transaction that stores the submission); then the content
 * checks' budget, spent, as reads alone let copies sent at the same moment all through.
 */
export interface SubmissionGate {
  /** A keyed fingerprint of a submission's canonical text: equal texts, equal fingerprints; no guess confirmable without the server's key. */
  fingerprint(text: string): string;
  /** Pattern 37a: the submission this person's client key recorded, if any. */
  recorded(userId: string, clientKey: string): Promise<RecordedSubmission | undefined>;
  /** Pattern 63a: RateLimitError if the hour's count of the person or the address already reached its limit. */
  checkLimits(source: SubmissionSource, limits: SubmissionLimits, at: string): Promise<void>;
  /**
   * Pattern 100: take `checks` WeChat content checks from the hour's budget of the person (per
   * counter) and of the address; RateLimitError when either has no room left. Spent, never given
   * back: the check it pays for is made whatever the submission's fate.
   */
  spendContentChecks(
    source: SubmissionSource,
    budget: SubmissionLimits,
    at: string,
    checks: number,
  ): Promise<void>;
}
