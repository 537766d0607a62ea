import type { StaffQuestionView } from '@sunshine/shared';

/** Within this much of its deadline a question is flagged, so the day's work is seen in the morning. */
const SOON_MS = 24 * 3600_000;

export type Urgency = 'overdue' | 'soon' | 'normal';

export const URGENCY_LABELS: Record<Exclude<Urgency, 'normal'>, string> = {
  overdue: '已超期',
  soon: '即将到期',
};

export function urgencyOf(dueAt: string, now: number): Urgency {
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return 'normal';
  if (due <= now) return 'overdue';
  return due - now <= SOON_MS ? 'soon' : 'normal';
}

/**
 * Earliest deadline first. The server already answers in this order; sorting again costs nothing
 * and keeps the most pressing question on top whatever the list went through on its way here.
 */
export function byDeadline(questions: StaffQuestionView[]): StaffQuestionView[] {
  return [...questions].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

export interface QueueCounts {
  overdue: number;
  soon: number;
  waiting: number;
}

/** The dashboard's line (已超期 · 即将到期 · 待答复), counted from the queue the page already has. */
export function queueCounts(
  questions: Pick<StaffQuestionView, 'dueAt'>[],
  now: number,
): QueueCounts {
  const urgencies = questions.map((question) => urgencyOf(question.dueAt, now));
  return {
    overdue: urgencies.filter((each) => each === 'overdue').length,
    soon: urgencies.filter((each) => each === 'soon').length,
    waiting: questions.length,
  };
}
