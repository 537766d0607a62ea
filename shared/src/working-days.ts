import { nextDay } from './china-time';
import { isCalendarDate } from './schemas/dates';

/**
 * Working days in China: Monday to Friday, except the public holidays the State Council announces
 * each year, plus the weekend days it makes working days to bridge them (调休). Both lists are
 * data that staff maintain per year; a date in a year without its calendar cannot be counted, and
 * saying so is better than a wrong deadline.
 */
export interface WorkingCalendar {
  year: number;
  /** Weekdays that are public holidays (YYYY-MM-DD). */
  holidays: string[];
  /** Saturdays and Sundays that are working days (YYYY-MM-DD). */
  workdays: string[];
}

export class MissingCalendarError extends Error {
  constructor(readonly year: number) {
    super(`no working-day calendar for ${year}`);
    this.name = 'MissingCalendarError';
  }
}

// A calendar date's weekday, read in UTC so that the server's own zone never moves it.
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Whether a date is a working day by the calendars given (one per year). */
export function isWorkingDay(iso: string, calendars: readonly WorkingCalendar[]): boolean {
  const year = Number(iso.slice(0, 4));
  const calendar = calendars.find((each) => each.year === year);
  if (!calendar) throw new MissingCalendarError(year);
  if (calendar.workdays.includes(iso)) return true;
  if (calendar.holidays.includes(iso)) return false;
  const weekday = toDate(iso).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The date `days` working days after `start`, counting from the next day (a limit "within 20
 * working days of receipt" starts the day after receipt, as the 政府信息公开条例 is applied).
 */
export function addWorkingDays(
  start: string,
  days: number,
  calendars: readonly WorkingCalendar[],
): string {
  let date = start;
  let counted = 0;
  while (counted < days) {
    date = nextDay(date);
    if (isWorkingDay(date, calendars)) counted++;
  }
  return date;
}

/** Working days after `from` up to and including `to` (0 if `to` is not after `from`). */
export function workingDaysBetween(
  from: string,
  to: string,
  calendars: readonly WorkingCalendar[],
): number {
  let count = 0;
  for (let date = nextDay(from); date <= to; date = nextDay(date))
    if (isWorkingDay(date, calendars)) count++;
  return count;
}

const isWeekend = (iso: string) => [0, 6].includes(toDate(iso).getUTCDay());

/** What staff may enter for a year: its dates in that year, worked days on weekends only. */
export function calendarProblems(
  calendar: WorkingCalendar,
): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  const check = (field: 'holidays' | 'workdays') =>
    calendar[field].forEach((date, index) => {
      if (!isCalendarDate(date))
        problems.push({ field: `${field}.${index}`, message: `${date} 不是有效日期` });
      else if (!date.startsWith(`${calendar.year}-`))
        problems.push({ field: `${field}.${index}`, message: `${date} 不在 ${calendar.year} 年` });
      else if (field === 'workdays' && !isWeekend(date))
        problems.push({
          field: `${field}.${index}`,
          message: `${date} 不是周末，无需设为调休上班日`,
        });
      else if (calendar[field].indexOf(date) !== index)
        problems.push({ field: `${field}.${index}`, message: `${date} 重复` });
    });
  check('holidays');
  check('workdays');
  calendar.workdays.forEach((date, index) => {
    if (calendar.holidays.includes(date))
      problems.push({ field: `workdays.${index}`, message: `${date} 不能既是假日又是上班日` });
  });
  return problems;
}
