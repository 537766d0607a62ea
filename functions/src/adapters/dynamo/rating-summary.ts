import {
  RATING_PROBLEMS,
  RATING_SCORES,
  type RatingProblem,
  type RatingScore,
  type RatingSummary,
} from '@sunshine/shared';

/** The counters of the stats item: `r1`…`r5` per score, `p_<problem>` per problem named. */
export const scoreAttribute = (score: number) => `r${score}`;
export const problemAttribute = (problem: RatingProblem) => `p_${problem}`;

export function ratingSummary(stats: Record<string, unknown> | undefined): RatingSummary {
  const byScore = Object.fromEntries(
    RATING_SCORES.map((score) => [score, Number(stats?.[scoreAttribute(score)] ?? 0)]),
  ) as Record<RatingScore, number>;
  const count = RATING_SCORES.reduce((sum, score) => sum + byScore[score], 0);
  const total = RATING_SCORES.reduce((sum, score) => sum + score * byScore[score], 0);
  return { count, byScore, ...(count > 0 && { average: Math.round((total / count) * 10) / 10 }) };
}

export function problemCounts(
  stats: Record<string, unknown> | undefined,
): Record<RatingProblem, number> {
  return Object.fromEntries(
    RATING_PROBLEMS.map((problem) => [problem, Number(stats?.[problemAttribute(problem)] ?? 0)]),
  ) as Record<RatingProblem, number>;
}
