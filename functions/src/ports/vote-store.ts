import type { HelpfulCounts } from '@sunshine/shared';

/** "Was this helpful?" votes: one per person per item, changeable, counted once. */
export interface VoteStore {
  /**
   * Pattern 25: record a person's vote, replacing their earlier one, and answer the counts after.
   * 'unavailable' if the item is not a published, public item of a kind that asks.
   */
  vote(input: {
    id: string;
    userId: string;
    helpful: boolean;
    at: string;
  }): Promise<HelpfulCounts | 'unavailable'>;
}
