import { NEGATIVE_LIST_REVIEW, type NegativeListView } from '@sunshine/shared';

/** 已超期 in red, 即将到期 in amber: the dashboard's two levels of a deadline. */
export type DeadlineTone = 'overdue' | 'soon';

export const DEADLINE_LABELS: Record<DeadlineTone, string> = {
  overdue: '已超期',
  soon: '即将到期',
};

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The negative list's yearly review on the dashboard: red once past due (or never recorded),
 * amber within 30 days of it, nothing otherwise.
 */
export function reviewReminder(
  list: Pick<NegativeListView, 'nextReviewDueOn'>,
  today: string,
): { tone: DeadlineTone; text: string } | undefined {
  const due = list.nextReviewDueOn;
  if (!due) return { tone: 'overdue', text: '负面清单尚无年度复核记录，请管理员复核并记录' };
  const days = daysBetween(today, due);
  if (days < 0) return { tone: 'overdue', text: `负面清单年度复核已超期（应于 ${due} 前完成）` };
  if (days <= NEGATIVE_LIST_REVIEW.warnWithinDays)
    return { tone: 'soon', text: `负面清单年度复核将于 ${due} 到期，还有 ${days} 天` };
  return undefined;
}
