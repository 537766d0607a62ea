import type { ActorRef, QuestionKind, QuestionStatus } from '@sunshine/shared';

export interface StoredQuestion {
  id: string;
  askerId: string;
  kind: QuestionKind;
  text: string;
  /** Private: read only by the staff who answer. */
  contact?: { name: string; phone: string };
  status: QuestionStatus;
  heldForCheck: boolean;
  askedAt: string;
  dueAt: string;
  dueApproximate: boolean;
  answer?: { text: string; at: string; by: ActorRef };
}

/** Too many questions from one person in the current hour. */
export class RateLimitError extends Error {
  constructor() {
    super('rate limit');
    this.name = 'RateLimitError';
  }
}

export interface QuestionStore {
  /**
   * Pattern 37: store a question once per client key: a retry, a double tap or 20 concurrent
   * copies answer the first one's id ({ existing }). RateLimitError past the hour's limit.
   */
  ask(question: StoredQuestion, clientKey: string, limitPerHour: number): Promise<{ created: true } | { existing: string }>;
  /** Pattern 38: one question. */
  get(id: string): Promise<StoredQuestion | undefined>;
  /** Pattern 39: the questions a person asked, newest first. */
  listMine(askerId: string, limit: number): Promise<StoredQuestion[]>;
  /** Pattern 40: the open questions, the earliest deadline first. */
  listOpen(limit: number): Promise<StoredQuestion[]>;
  /** Pattern 41: record the answer and take the question out of the queue (StaleWriteError if already answered). */
  answer(question: StoredQuestion, audit: import('./audit-log').AuditEntry): Promise<void>;
}
