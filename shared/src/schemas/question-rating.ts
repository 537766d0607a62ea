import * as v from 'valibot';
import type { ActorRef } from './workflow';
import { isPoor, RATING_SCORES, type RatingScore } from './feedback';
import type { QuestionKind } from './question-kinds';

/**
 * 好差评 of an answer to a resident's question: the same five levels as a guide's rating
 * (RATING_SCORES, RATING_LABELS), and for a poor one what was wrong with the answer.
 */
export const ANSWER_PROBLEMS = [
  'not_answered',
  'unclear',
  'too_slow',
  'attitude',
  'other',
] as const;
export type AnswerProblem = (typeof ANSWER_PROBLEMS)[number];
export const ANSWER_PROBLEM_LABELS: Record<AnswerProblem, string> = {
  not_answered: '没有回答我的问题',
  unclear: '答复说得不清楚',
  too_slow: '答复太慢',
  attitude: '态度不好',
  other: '其他',
};

export const AnswerRatingInputSchema = v.pipe(
  v.object({
    score: v.picklist(RATING_SCORES, '请选择满意程度'),
    problems: v.optional(
      v.pipe(
        v.array(v.picklist(ANSWER_PROBLEMS, '未知的问题类型')),
        v.maxLength(ANSWER_PROBLEMS.length, '问题类型重复'),
      ),
      [],
    ),
    reason: v.optional(
      v.pipe(v.string(), v.trim(), v.maxLength(200, '评价内容不能超过 200 字')),
      '',
    ),
  }),
  v.forward(
    v.partialCheck(
      [['score'], ['problems']],
      (input) => !isPoor(input.score) || input.problems.length > 0,
      '请选择答复哪里有问题，方便我们改进',
    ),
    ['problems'],
  ),
);
export type AnswerRatingInput = v.InferOutput<typeof AnswerRatingInputSchema>;

/** A rating as the asker gave it (shown back to them in "my questions"). */
export interface AnswerRating {
  score: RatingScore;
  problems: AnswerProblem[];
  reason: string;
  at: string;
}

/** Counts of one responder's or one kind's rated answers. */
export interface AnswerRatingCounts {
  count: number;
  /** One decimal; undefined before the first rating. */
  average?: number;
  byScore: Record<RatingScore, number>;
  problems: Record<AnswerProblem, number>;
}

/** What staff see: per responder, per kind, and the latest ratings' reasons, never who gave them. */
export interface AnswerRatingsView {
  byResponder: Array<AnswerRatingCounts & { responder: ActorRef }>;
  byKind: Array<AnswerRatingCounts & { kind: QuestionKind }>;
  recent: Array<{
    kind: QuestionKind;
    responderName: string;
    score: RatingScore;
    problems: AnswerProblem[];
    reason: string;
    at: string;
  }>;
}
