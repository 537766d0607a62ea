import type { NegativeListReviewView, WithholdingGround } from '@sunshine/shared';
import type { AuditEntry } from './audit-log';

/** The negative list as stored: counts per ground (moved by publications) and the last review. */
export interface NegativeListSummary {
  counts: Partial<Record<WithholdingGround, number>>;
  lastReviewedOn?: string;
}

/** The negative list (负面清单): its counts and its yearly reviews. */
export interface NegativeListStore {
  /** Pattern 144: the counts and the last review's date, in one GetItem. */
  summary(): Promise<NegativeListSummary>;
  /**
   * Pattern 146: record a review with its audit entry; EarlierReviewError if a review dated after
   * this one is already recorded.
   */
  recordReview(review: NegativeListReviewView, audit: AuditEntry): Promise<void>;
  /** Pattern 147: the reviews, newest first. */
  reviews(limit: number): Promise<NegativeListReviewView[]>;
}

/** A review dated before the last one recorded. */
export class EarlierReviewError extends Error {
  constructor() {
    super('a later review is recorded');
    this.name = 'EarlierReviewError';
  }
}
