import { chinaClock, nextDay } from './china-time';

/** A date the notice names, with the holiday it belongs to (元旦, 春节 …). */
export interface NoticeDay {
  date: string;
  name: string;
}

/**
 * What a State Council holiday notice (国务院办公厅关于某年部分节假日安排的通知) changes in a
 * year's working days: weekdays off (a weekend day inside a holiday is off anyway and is not a
 * change), weekend days worked, and the arrangement lines that could not be read.
 */
export interface ParsedHolidayNotice {
  holidays: NoticeDay[];
  workdays: NoticeDay[];
  /** Arrangement lines with nothing read from them, or naming dates outside the year: to enter by hand. */
  unread: string[];
}

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/** 「周一」…「周日」 for a calendar date, read in UTC so the device's zone never moves it. */
export const weekdayName = (iso: string) =>
  `周${WEEKDAY_NAMES[new Date(`${iso}T00:00:00Z`).getUTCDay()]}`;

const isWeekendDate = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());

/** Pasted text comes with full-width or half-width punctuation, and the web's spacing. */
const normalized = (text: string) =>
  text
    .replace(/:/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/\u3000/g, ' ')
    // A notice pasted as one paragraph: each numbered arrangement starts its own line.
    .replace(/。\s*(?=[一二三四五六七八九十]+、)/g, '。\n');

/** 「一、春节：…」: an arrangement line, its holiday's name and what follows the colon. */
const ARRANGEMENT = /^(?:[一二三四五六七八九十]+、)?\s*([\u4e00-\u9fa5、]{2,12})：(.+)$/;
/** A date as notices write it: 「2月15日」, 「2024年12月30日」, or 「23日」 in the month before it. */
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（[^）]*）)?/g;
const pad = (n: number) => String(n).padStart(2, '0');

/** The dates of a clause, in order; a day without a month takes the month of the date before it. */
function clauseDates(clause: string, year: number): string[] {
  const dates: string[] = [];
  let month: number | undefined;
  let inYear = year;
  for (const match of clause.matchAll(DATE)) {
    if (match[1]) inYear = Number(match[1]);
    if (match[2]) month = Number(match[2]);
    if (month === undefined) continue;
    dates.push(`${inYear}-${pad(month)}-${pad(Number(match[3]))}`);
  }
  return dates;
}

/** Every date from `from` to `to`, both included. */
function range(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to && dates.length < 60; date = nextDay(date)) dates.push(date);
  return dates;
}

/**
 * Reads a State Council holiday notice for `year`: in each arrangement line (「二、春节：2月15日
 * （农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日
 * （周六）上班。」) a clause with 放假 gives a day or a range off, and a clause with 上班 the days
 * worked. Lines before and after the arrangements (addressees, preamble, signature) are not read.
 */
export function parseHolidayNotice(text: string, year: number): ParsedHolidayNotice {
  const holidays = new Map<string, string>();
  const workdays = new Map<string, string>();
  const unread: string[] = [];
  for (const raw of normalized(text).split(/\n+/)) {
    const line = raw.trim();
    const arrangement = ARRANGEMENT.exec(line);
    if (!arrangement) {
      if (/^[一二三四五六七八九十]+、/.test(line)) unread.push(line);
      continue;
    }
    const name = arrangement[1]!;
    let read = false;
    let outside = false;
    for (const clause of arrangement[2]!.split(/[。；]/)) {
      const dates = clauseDates(clause, year);
      if (dates.length === 0) continue;
      if (clause.includes('放假')) {
        const days = clause.includes('至') ? range(dates[0]!, dates[dates.length - 1]!) : dates;
        for (const date of days) {
          if (!date.startsWith(`${year}-`)) outside = true;
          else if (!isWeekendDate(date)) holidays.set(date, name);
        }
        read = true;
      } else if (clause.includes('上班')) {
        for (const date of dates) {
          if (!date.startsWith(`${year}-`)) outside = true;
          else workdays.set(date, name);
        }
        read = true;
      }
    }
    if (!read || outside) unread.push(line);
  }
  const sorted = (days: Map<string, string>) =>
    [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
  return { holidays: sorted(holidays), workdays: sorted(workdays), unread };
}

/**
 * The State Council announces the next year's holidays in early November (2024-11-12 for 2025,
 * 2025-11-04 for 2026); from 1 November in China the staff home checks that year's calendar.
 */
export const NEXT_CALENDAR_CHECK_FROM = { month: 11, day: 1 };

/** The year whose calendar the staff home checks at `now`: next year from 1 November, else none. */
export function calendarYearToCheck(now: Date): number | undefined {
  const { year, month, day } = chinaClock(now);
  const { month: fromMonth, day: fromDay } = NEXT_CALENDAR_CHECK_FROM;
  return month > fromMonth || (month === fromMonth && day >= fromDay) ? year + 1 : undefined;
}

/** What the staff home says while next year's calendar is missing (nothing otherwise). */
export function missingCalendarWarning(now: Date, entered: (year: number) => boolean) {
  const year = calendarYearToCheck(now);
  if (year === undefined || entered(year)) return undefined;
  return { year, text: `${year} 年工作日历尚未录入，法定期限将按近似计算` };
}
