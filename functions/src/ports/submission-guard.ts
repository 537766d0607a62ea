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

/** Too many submissions from one person, or from one address, in the current hour. */
export class RateLimitError extends Error {
  constructor(readonly by: 'person' | 'address' = 'person') {
    super(`rate limit (${by})`);
    this.name = 'RateLimitError';
  }
}
