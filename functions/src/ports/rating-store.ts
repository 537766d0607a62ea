import type { GuideRatingInput, GuideRatingsView, RatingSummary } from '@sunshine/shared';

/** 好差评 of service guides: one rating per person per guide, changeable, counted once. */
export interface RatingStore {
  /** Pattern 27: record or replace a person's rating; 'unavailable' unless a published, public guide. */
  rate(input: {
    id: string;
    userId: string;
    rating: GuideRatingInput;
    at: string;
  }): Promise<RatingSummary | 'unavailable'>;
  /** Pattern 28: a guide's counts and every rating's problems and reason, newest first (no identities). */
  listRatings(id: string): Promise<GuideRatingsView>;
}
