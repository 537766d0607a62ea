import {
  RATING_PROBLEMS,
  RATING_SCORES,
  type GuideRatingsView,
  type RatingProblem,
  type RatingScore,
} from '@sunshine/shared';

export interface ScoreShare {
  score: RatingScore;
  count: number;
  /** Whole percent of all ratings: the width of the score's bar. */
  percent: number;
}

/** Every score, best first, even those nobody gave: a missing bar reads as "none", not "unknown". */
export function scoreShares(view: Pick<GuideRatingsView, 'byScore' | 'count'>): ScoreShare[] {
  return RATING_SCORES.map((score) => {
    const count = view.byScore[score] ?? 0;
    return { score, count, percent: view.count > 0 ? Math.round((count / view.count) * 100) : 0 };
  });
}

/** What residents said was wrong, most often first, so the likeliest mistake is fixed first. */
export function problemsByFrequency(
  problems: Partial<Record<RatingProblem, number>>,
): Array<{ problem: RatingProblem; count: number }> {
  // Sorting is stable: ties keep the form's order, so the list does not reshuffle between visits.
  return RATING_PROBLEMS.map((problem) => ({ problem, count: problems[problem] ?? 0 }))
    .filter((each) => each.count > 0)
    .sort((a, b) => b.count - a.count);
}

type Rating = GuideRatingsView['recent'][number];

/** Only ratings with words say what to fix; newest first, as a fix may already have answered older ones. */
export function ratingsWithReason(recent: Rating[]): Rating[] {
  return recent
    .filter((rating) => rating.reason.trim() !== '')
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
