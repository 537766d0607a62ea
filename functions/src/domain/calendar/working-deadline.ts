import {
  addWorkingDays,
  MissingCalendarError,
  workingDaysBetween,
  type WorkingCalendar,
} from '@sunshine/shared';
import type { CalendarStore } from '../../ports/calendar-store';

/**
 * The calendars of the years a count starting in `from` may cross (that year and the next), each
 * read once per use even when many dates are counted (the dashboard counts one per draft).
 */
export function calendarReader(calendars: Pick<CalendarStore, 'get'>) {
  const reads = new Map<number, Promise<WorkingCalendar | undefined>>();
  const read = (year: number) => {
    if (!reads.has(year)) reads.set(year, calendars.get(year));
    return reads.get(year)!;
  };
  return async (from: string, to = from): Promise<WorkingCalendar[]> => {
    const first = Number(from.slice(0, 4));
    const last = Math.max(first + 1, Number(to.slice(0, 4)));
    const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
    const found = await Promise.all(years.map(read));
    return found.filter((calendar): calendar is WorkingCalendar => calendar !== undefined);
  };
}

/**
 * Count on the calendars given; a year without its calendar is counted on weekends only and the
 * answer marked approximate, as question and application deadlines are: a deadline is never
 * refused for want of configuration.
 */
export function countOrApproximate<T>(
  count: (calendars: readonly WorkingCalendar[]) => T,
  found: readonly WorkingCalendar[],
  years: readonly number[],
): { value: T; approximate: boolean } {
  try {
    return { value: count(found), approximate: false };
  } catch (error) {
    if (!(error instanceof MissingCalendarError)) throw error;
    const filled = years.map(
      (year) =>
        found.find((calendar) => calendar.year === year) ?? { year, holidays: [], workdays: [] },
    );
    return { value: count(filled), approximate: true };
  }
}

/** The calendar years from `from`'s to `to`'s (YYYY-MM-DD dates), both included: the calendars a count needs. */
export const yearsBetween = (from: string, to: string) => {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
};

/** The date `days` working days after `start` (counted from the next day), and whether approximate. */
export async function workingDeadline(
  start: string,
  days: number,
  read: ReturnType<typeof calendarReader>,
): Promise<{ dueOn: string; approximate: boolean }> {
  const found = await read(start);
  // 20 working days never reach beyond the next year.
  const years = yearsBetween(start, `${Number(start.slice(0, 4)) + 1}-12-31`);
  const { value, approximate } = countOrApproximate(
    (calendars) => addWorkingDays(start, days, calendars),
    found,
    years,
  );
  return { dueOn: value, approximate };
}

/** Working days after `from` up to and including `to`, and whether approximate. */
export async function workingDaysLeft(
  from: string,
  to: string,
  read: ReturnType<typeof calendarReader>,
): Promise<{ days: number; approximate: boolean }> {
  if (to <= from) return { days: 0, approximate: false };
  const found = await read(from, to);
  const { value, approximate } = countOrApproximate(
    (calendars) => workingDaysBetween(from, to, calendars),
    found,
    yearsBetween(from, to),
  );
  return { days: value, approximate };
}
