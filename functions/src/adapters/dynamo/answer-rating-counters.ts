import {
  ANSWER_PROBLEMS,
  RATING_SCORES,
  type AnswerProblem,
  type AnswerRating,
  type AnswerRatingCounts,
  type RatingScore,
} from '@sunshine/shared';

/** The counters of a responder's or a kind's item: `r1`…`r5` per score, `p_<problem>` per problem named. */
const scoreAttribute = (score: number) => `r${score}`;
const problemAttribute = (problem: AnswerProblem) => `p_${problem}`;

/** What changing `previous` into `next` adds to each counter (nothing that nets to zero). */
export function counterDeltas(
  previous: AnswerRating | undefined,
  next: AnswerRating,
): Array<[string, number]> {
  const deltas = new Map<string, number>();
  const add = (attribute: string, by: number) =>
    deltas.set(attribute, (deltas.get(attribute) ?? 0) + by);
  if (previous) {
    add(scoreAttribute(previous.score), -1);
    for (const problem of new Set(previous.problems)) add(problemAttribute(problem), -1);
  }
  add(scoreAttribute(next.score), 1);
  for (const problem of new Set(next.problems)) add(problemAttribute(problem), 1);
  return [...deltas].filter(([, by]) => by !== 0);
}

/** An UpdateExpression that ADDs the deltas and SETs the item's own description. */
export function counterUpdate(deltas: Array<[string, number]>, set: Record<string, unknown>) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(set).map(([attribute, value], i) => {
    names[`#s${i}`] = attribute;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const adds = deltas.map(([attribute, by], i) => {
    names[`#a${i}`] = attribute;
    values[`:a${i}`] = by;
    return `#a${i} :a${i}`;
  });
  return {
    UpdateExpression: `SET ${sets.join(', ')}${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

export function countsOf(item: Record<string, unknown>): AnswerRatingCounts {
  const byScore = Object.fromEntries(
    RATING_SCORES.map((score) => [score, Number(item[scoreAttribute(score)] ?? 0)]),
  ) as Record<RatingScore, number>;
  const count = RATING_SCORES.reduce((sum, score) => sum + byScore[score], 0);
  const total = RATING_SCORES.reduce((sum, score) => sum + score * byScore[score], 0);
  const problems = Object.fromEntries(
    ANSWER_PROBLEMS.map((problem) => [problem, Number(item[problemAttribute(problem)] ?? 0)]),
  ) as Record<AnswerProblem, number>;
  return {
    count,
    byScore,
    problems,
    ...(count > 0 && { average: Math.round((total / count) * 10) / 10 }),
  };
}
