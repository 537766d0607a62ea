import { chinaClock, chinaWeekday } from './china-time';
import type { Hours } from './schemas/guide';

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Whether a service hall is open at `now`, by its regular hours. Holidays are not in the hours
 * (the hall's notes say them), so the answer is "by the regular hours" and the page says so.
 */
export function isOpenAt(hours: Hours, now: Date): boolean {
  const clock = chinaClock(now);
  const minutes = clock.hours * 60 + clock.minutes;
  return (
    hours.days.includes(chinaWeekday(now)) &&
    hours.spans.some((span) => minutes >= toMinutes(span.start) && minutes < toMinutes(span.end))
  );
}

/** "周一至周五 08:30–12:00、14:30–17:30": days run together where they are consecutive. */
export function describeHours(hours: Hours): string {
  const days = [...new Set(hours.days)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === day - 1) last.push(day);
    else runs.push([day]);
  }
  const dayText = runs
    .map((run) =>
      run.length > 2
        ? `周${WEEKDAY_NAMES[run[0]! - 1]}至周${WEEKDAY_NAMES[run[run.length - 1]! - 1]}`
        : run.map((day) => `周${WEEKDAY_NAMES[day - 1]}`).join('、'),
    )
    .join('、');
  return `${dayText} ${hours.spans.map((span) => `${span.start}–${span.end}`).join('、')}`;
}
