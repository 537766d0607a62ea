import type {
  CommentStatus,
  ConsultationReport,
  Decision,
  Page,
  PublicComment,
} from '@sunshine/shared';
import type { AuditEntry } from './audit-log';
import type {
  ClientKeyUse,
  RecordedSubmission,
  SubmissionLimits,
  SubmissionSource,
} from './submission-guard';

export interface StoredComment {
  id: string;
  consultationId: string;
  /** The consultation's title when the comment was sent: 我的意见 names the draft without reading it. */
  consultationTitle?: string;
  commenterId: string;
  text: string;
  section?: string;
  /** Per closed question, the options chosen; empty when this person's answers were already counted. */
  answers: number[][];
  /** Private: only staff handling the consultation read them. */
  name?: string;
  contact?: string;
  status: CommentStatus;
  heldForCheck: boolean;
  /** Why it is not shown (rejected), told to the commenter. */
  reason?: string;
  decision?: { decision: Decision; reason: string; by: string; at: string };
  at: string;
  approvedAt?: string;
  /** Set once the retention period erased the name and contact, and the text of a comment never shown (see RETENTION.comments). */
  contactErased?: boolean;
  textErased?: boolean;
  rev: number;
}

/** The counts kept with each comment (pattern 42): see keys.ts for the attribute names. */
export interface CommentTally {
  received: number;
  approved: number;
  rejected: number;
  /** Per question: people who answered, and per option its count. */
  questions: Array<{ answered: number; options: number[] }>;
}

export interface CommentStore {
  /**
   * Pattern 42: store a comment once per client key (recording what the key was used for) and
   * count it; its answers count only if this person's were not counted before (`answersCounted`).
   * A key already recorded answers its record ({ existing }). RateLimitError past the hour's limits.
   */
  submit(
    comment: StoredComment,
    clientKey: string,
    use: ClientKeyUse,
    source: SubmissionSource,
    limits: SubmissionLimits,
  ): Promise<{ created: true; answersCounted: boolean } | { existing: RecordedSubmission }>;
  /** Pattern 43: approved comments, oldest first. */
  listPublic(
    consultationId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<PublicComment>>;
  /** Pattern 44: every comment of a consultation, oldest first. */
  listAll(
    consultationId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<StoredComment>>;
  /** Pattern 45. */
  get(consultationId: string, commentId: string): Promise<StoredComment | undefined>;
  /** Pattern 46: `comment` is the new state (rev already advanced); StaleWriteError if it changed meanwhile. */
  moderate(comment: StoredComment, audit: AuditEntry): Promise<void>;
  /** Pattern 47. */
  decide(comment: StoredComment, audit: AuditEntry): Promise<void>;
  /** Pattern 48: 'exists' if a report was published before; 'withdrawn' if the consultation left. */
  publishReport(
    consultationId: string,
    report: ConsultationReport,
    audit: AuditEntry,
    release?: import('./release-store').Release,
  ): Promise<'published' | 'exists' | 'withdrawn'>;
  /** Pattern 49: a person's comments, newest first (no name or contact). */
  listMine(userId: string, limit: number): Promise<StoredComment[]>;
  /**
   * Retention (pattern 67): remove the name and contact, and the text of a comment never shown,
   * from at most `limit` comments of a consultation that still hold any; `done` once none is left.
   */
  eraseComments(consultationId: string, limit: number): Promise<{ erased: number; done: boolean }>;
}
