import * as v from 'valibot';
import type { ContentKind } from './content-kinds';

/** "Was this helpful?" is asked of interpretations and Q&A, the kinds that explain. */
export const VOTABLE_KINDS = ['interpretation', 'qa'] as const satisfies readonly ContentKind[];

export const HelpfulVoteInputSchema = v.object({
  helpful: v.boolean('请选择“有帮助”或“没帮助”'),
});
export type HelpfulVoteInput = v.InferOutput<typeof HelpfulVoteInputSchema>;

/** The counts everyone sees; `mine` only in the answer to one's own vote. */
export interface HelpfulCounts {
  yes: number;
  no: number;
  mine?: boolean;
}

/** 好差评 of a service guide: five levels, as the national 政务服务好差评 system has them. */
export const RATING_SCORES = [5, 4, 3, 2, 1] as const;
export type RatingScore = (typeof RATING_SCORES)[number];
export const RATING_LABELS: Record<RatingScore, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
};

/** What a poor rating says was wrong, so staff find and fix a wrong guide. */
export const RATING_PROBLEMS = [
  'missing_material',
  'wrong_time_limit',
  'unclear_steps',
  'wrong_place_or_hours',
  'wrong_fee',
  'other',
] as const;
export type RatingProblem = (typeof RATING_PROBLEMS)[number];
export const RATING_PROBLEM_LABELS: Record<RatingProblem, string> = {
  missing_material: '材料不全或有误',
  wrong_time_limit: '办理时限不对',
  unclear_steps: '流程说得不清楚',
  wrong_place_or_hours: '地点或时间不对',
  wrong_fee: '收费信息不对',
  other: '其他',
};

export const isPoor = (score: number) => score <= 2;

export const GuideRatingInputSchema = v.pipe(
  v.object({
    score: v.picklist(RATING_SCORES, '请选择满意程度'),
    problems: v.optional(
      v.pipe(
        v.array(v.picklist(RATING_PROBLEMS, '未知的问题类型')),
        v.maxLength(RATING_PROBLEMS.length, '问题类型重复'),
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
      '请选择哪里有问题，方便我们改正',
    ),
    ['problems'],
  ),
);
export type GuideRatingInput = v.InferOutput<typeof GuideRatingInputSchema>;

/** What everyone sees of a guide's ratings; `mine` only in the answer to one's own rating. */
export interface RatingSummary {
  count: number;
  /** One decimal; undefined before the first rating. */
  average?: number;
  byScore: Record<RatingScore, number>;
  mine?: RatingScore;
}

/** What staff see: the summary, the problems counted, and each rating's reason (never who). */
export interface GuideRatingsView extends RatingSummary {
  problems: Record<RatingProblem, number>;
  recent: Array<{ score: RatingScore; problems: RatingProblem[]; reason: string; at: string }>;
}
