import * as v from 'valibot';
import { WITHHOLDING_GROUNDS, type WithholdingGround } from './disclosure-terms';
import { text } from './interpretation';

/**
 * The negative list (负面清单) is reviewed yearly (动态调整): the next review is due a year after
 * the last; staff are warned 30 days ahead, and told in red once it is past.
 */
export const NEGATIVE_LIST_REVIEW = { intervalYears: 1, warnWithinDays: 30 } as const;

/** The same calendar day a year on (29 February → 28 February). */
export function nextReviewDueOn(lastReviewedOn: string): string {
  const year = Number(lastReviewedOn.slice(0, 4)) + NEGATIVE_LIST_REVIEW.intervalYears;
  const monthDay = lastReviewedOn.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${monthDay === '02-29' && !leap ? '02-28' : monthDay}`;
}

/** One ground of the public list: what it is, its basis, and how many documents fall under it. */
export interface NegativeListGround {
  ground: WithholdingGround;
  label: string;
  basis: string;
  count: number;
}

/** The public negative list: the eight grounds with counts only (never titles or ids). */
export interface NegativeListView {
  grounds: NegativeListGround[];
  /** The last yearly review's date; absent until one is recorded. */
  lastReviewedOn?: string;
  /** A year after the last review; absent until one is recorded. */
  nextReviewDueOn?: string;
}

export const RecordReviewInputSchema = v.object({
  reviewedOn: v.pipe(v.string('请填写复核日期'), v.isoDate('复核日期须为 YYYY-MM-DD')),
  note: text(1000, '复核说明'),
  /** A remark on some grounds (what changed, why none did); blank ones are left out. */
  remarks: v.optional(
    v.record(
      v.picklist(WITHHOLDING_GROUNDS, '不予公开的类别不存在'),
      v.pipe(v.string(), v.trim(), v.maxLength(200, '每类的说明不能超过 200 字')),
    ),
    {},
  ),
});
export type RecordReviewInput = v.InferOutput<typeof RecordReviewInputSchema>;

/** A recorded review, as staff read it. */
export interface NegativeListReviewView {
  id: string;
  reviewedOn: string;
  note: string;
  remarks: Partial<Record<WithholdingGround, string>>;
  /** The admin who recorded it. */
  by: string;
  at: string;
}

/** Staff's view: the list as residents see it, and every review recorded (newest first, 50 at most). */
export interface StaffNegativeListView extends NegativeListView {
  reviews: NegativeListReviewView[];
}
