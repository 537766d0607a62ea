import {
  CONCERN_CLOCK_RULES,
  type ClockView,
  type ConcernClock,
  type ConcernClockRule,
} from '@sunshine/shared';
import type { ClockOutcome, Concern } from '../../ports/concern-store';

const HOUR_MS = 3_600_000;

/** When a clock's time runs out: its hours after the concern arose, in clock hours (not working days). */
export const dueAt = (concern: Pick<Concern, 'arisenAt'>, rule: ConcernClockRule): Date =>
  new Date(Date.parse(concern.arisenAt) + rule.hours * HOUR_MS);

/** What has met a clock so far: the first attached release, or the press conference if held. */
function metAt(concern: Concern, clock: ConcernClock): string | undefined {
  if (clock === 'press_conference')
    return concern.pressConference?.held ? concern.pressConference.at : undefined;
  return concern.firstReleaseAt;
}

/**
 * How a clock ends when the concern closes at `closedAt`: met or late by when it was met; a press
 * conference recorded as not held is not held; a clock with nothing by the close is late.
 */
export function outcomeAtClose(concern: Concern, rule: ConcernClockRule): ClockOutcome {
  if (rule.clock === 'press_conference' && concern.pressConference?.held === false)
    return { state: 'not_held' };
  const met = metAt(concern, rule.clock);
  if (!met) return { state: 'late' };
  return { state: Date.parse(met) <= dueAt(concern, rule).getTime() ? 'met' : 'late', metAt: met };
}

/** Every clock's outcome, fixed when the concern closes. */
export const outcomesAtClose = (concern: Concern): Concern['outcomes'] =>
  Object.fromEntries(
    CONCERN_CLOCK_RULES[concern.level].map((rule) => [rule.clock, outcomeAtClose(concern, rule)]),
  );

/**
 * A clock as staff see it at `now`. Once met (or recorded as not held) it says so; while nothing
 * met it, it runs, is due soon with less than half its time left, and is overdue once past; a
 * closed concern shows the outcome fixed at its close.
 */
export function clockView(concern: Concern, rule: ConcernClockRule, now: Date): ClockView {
  const due = dueAt(concern, rule);
  const base = { clock: rule.clock, label: rule.label, dueAt: due.toISOString() };
  const outcome =
    concern.outcomes?.[rule.clock] ??
    (concern.status === 'closed' ? outcomeAtClose(concern, rule) : undefined);
  if (outcome)
    return { ...base, ...(outcome.metAt && { metAt: outcome.metAt }), state: outcome.state };
  if (rule.clock === 'press_conference' && concern.pressConference?.held === false)
    return { ...base, state: 'not_held' };
  const met = metAt(concern, rule.clock);
  if (met) return { ...base, metAt: met, state: Date.parse(met) <= due.getTime() ? 'met' : 'late' };
  const left = due.getTime() - now.getTime();
  if (left < 0) return { ...base, state: 'overdue' };
  return { ...base, state: left < (rule.hours * HOUR_MS) / 2 ? 'due_soon' : 'running' };
}

export const clockViews = (concern: Concern, now: Date): ClockView[] =>
  CONCERN_CLOCK_RULES[concern.level].map((rule) => clockView(concern, rule, now));

/** Whether a clock still waits for something (neither met nor recorded as not held). */
export const isRunning = (clock: ClockView) =>
  clock.state === 'running' || clock.state === 'due_soon' || clock.state === 'overdue';

/**
 * The deadline an open concern is sorted by on the staff's list: its nearest running one (an
 * overdue one first of all); a concern with every clock met sorts last.
 */
export function nearestDeadline(concern: Concern, now: Date): number {
  const running = clockViews(concern, now).filter(isRunning);
  return running.length
    ? Math.min(...running.map((clock) => Date.parse(clock.dueAt)))
    : Number.MAX_SAFE_INTEGER;
}

/** The two moments staff are reminded of a clock: at half its time, and an hour before its deadline. */
export const REMINDER_MILESTONES = ['half', 'hour'] as const;
export type ReminderMilestone = (typeof REMINDER_MILESTONES)[number];

export function milestoneAt(
  concern: Pick<Concern, 'arisenAt'>,
  rule: ConcernClockRule,
  milestone: ReminderMilestone,
): Date {
  const due = dueAt(concern, rule).getTime();
  return new Date(milestone === 'half' ? due - (rule.hours * HOUR_MS) / 2 : due - HOUR_MS);
}

/**
 * The reminder due for a running clock at `now`: the latest milestone reached before its deadline
 * (one reached long ago, say for a concern opened late, gives way to a later one), if any.
 */
export function dueMilestone(
  concern: Pick<Concern, 'arisenAt'>,
  rule: ConcernClockRule,
  now: Date,
): ReminderMilestone | undefined {
  if (now.getTime() >= dueAt(concern, rule).getTime()) return undefined;
  return [...REMINDER_MILESTONES]
    .sort(
      (a, b) => milestoneAt(concern, rule, b).getTime() - milestoneAt(concern, rule, a).getTime(),
    )
    .find((milestone) => milestoneAt(concern, rule, milestone).getTime() <= now.getTime());
}

/** Time left, as staff read it: 2小时30分, 45分. */
export function timeLeftLabel(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours ? `${hours}小时${minutes % 60}分` : `${minutes}分`;
}
