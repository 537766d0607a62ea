import type {
  ActorRef,
  AnswerRating,
  AnswerRatingsView,
  QuestionKind,
  QuestionStatus,
} from '@sunshine/shared';
import type { AuditEntry } from './audit-log';
import type {
  ClientKeyUse,
  RecordedSubmission,
  SubmissionLimits,
  SubmissionSource,
} from './submission-guard';
import type { WorkflowItem } from './workflow-store';

export { RateLimitError } from './submission-guard';

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
  /** The asker's 好差评 of the answer. */
  rating?: AnswerRating;
  /** The public Q&A draft made of this answer. */
  promotedTo?: { draftId: string; at: string; by: ActorRef };
  /** Set once the retention period erased the contact, and the text (see RETENTION.questions). */
  contactErased?: boolean;
  textErased?: boolean;
  /** Counts the changes after the answer (absent: none yet); each is conditional on the value read. */
  rev?: number;
}

export interface QuestionStore {
  /**
   * Pattern 37: store a question once per client key, recording what the key was used for: a
   * retry, a double tap or 20 concurrent copies answer the key's record ({ existing }), whatever
   * it names. RateLimitError past the hour's limits, per person and per source address (pattern 63).
   */
  ask(
    question: StoredQuestion,
    clientKey: string,
    use: ClientKeyUse,
    source: SubmissionSource,
    limits: SubmissionLimits,
  ): Promise<{ created: true } | { existing: RecordedSubmission }>;
  /** Pattern 38: one question (consistent read: what a change is conditioned on). */
  get(id: string): Promise<StoredQuestion | undefined>;
  /** Pattern 39: the questions a person asked, newest first. */
  listMine(askerId: string, limit: number): Promise<StoredQuestion[]>;
  /** Pattern 40: the open questions, the earliest deadline first. */
  listOpen(limit: number): Promise<StoredQuestion[]>;
  /** Pattern 41: record the answer and take the question out of the queue (StaleWriteError if already answered or changed since `question` was read, its `rev`). */
  answer(
    question: StoredQuestion,
    audit: AuditEntry,
    release?: import('./release-store').Release,
  ): Promise<void>;
  /** Pattern 61: answered questions, the latest answer first. */
  listAnswered(limit: number): Promise<StoredQuestion[]>;
  /**
   * Pattern 58: store the rating on `question` (as read, `rev` included) and move the counters of
   * its responder and kind from the previous rating to this one. StaleWriteError if the question
   * changed since it was read, or a concurrent rating held the counters: read again and retry.
   */
  rate(question: StoredQuestion, rating: AnswerRating): Promise<void>;
  /** Patterns 59 and 60: the counters per responder and kind, and the latest ratings (no identities). */
  ratingTotals(recentLimit: number): Promise<AnswerRatingsView>;
  /** Pattern 62: mark the question promoted and create the draft with its audit line; StaleWriteError if it changed. */
  promote(question: StoredQuestion, draft: WorkflowItem, audit: AuditEntry): Promise<void>;
  /**
   * Retention (pattern 66): remove the contact, the text and the rating's reason from every copy
   * of a question, conditional on its status and `rev` as read (read again on a conflict); false
   * if nothing was left to erase.
   */
  eraseQuestion(id: string): Promise<boolean>;
}
