/**
 * The lists the daily erasure walks, each sorted by when its records fall due (their positions
 * start with a date or an instant), and a cursor per list stored between runs: a run resumes
 * where the last stopped, and reads only what became due since.
 */
export type ErasureList =
  /** Every workflow item by its last change: where the job learns a consultation's closing date. */
  | 'changedItems'
  /** Consultations by closing date (scheduled from `changedItems`). */
  | 'closedConsultations'
  | 'answeredQuestions'
  /** Questions never answered, by deadline. */
  | 'unansweredQuestions'
  | 'repliedApplications'
  /** Open applications whose clock runs, by statutory deadline. */
  | 'overdueApplications'
  /** Open applications whose clock is stopped (correction, third party), by the day it stopped. */
  | 'stoppedApplications';

export interface DueEntry {
  /** Where the entry sorts in its list: the cursor once it is done. */
  position: string;
  id: string;
  /** `changedItems` only: the item's kind, whether it was ever published, and a consultation's closing day. */
  kind?: string;
  published?: boolean;
  closesOn?: string;
  /** `closedConsultations` only: the closing day this entry was scheduled for. */
  scheduledFor?: string;
}

export interface ErasureLists {
  /** Up to `limit` entries of `list` after `after` (from the start if absent) and at or before `until`. */
  page(
    list: ErasureList,
    after: string | undefined,
    until: string,
    limit: number,
  ): Promise<DueEntry[]>;
  /** Where the last run stopped in `list`. */
  cursor(list: ErasureList): Promise<string | undefined>;
  saveCursor(list: ErasureList, position: string): Promise<void>;
  /** Schedule a consultation's comments for the day it closes (one entry per closing day; idempotent). */
  scheduleConsultation(id: string, closesOn: string): Promise<void>;
}
