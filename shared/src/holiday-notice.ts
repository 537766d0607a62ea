import { chinaClock, nextDay } from './china-time';
import { isCalendarDate } from './schemas/dates';

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
  /**
   * Arrangement lines with nothing read from them, naming dates outside the year, a day that does
   * not exist or a weekday that is not the date's in the year: to enter by hand.
   */
  unread: string[];
  /** The year the notice's title names (「关于2026年…」) when it is not the year asked: nothing is read. */
  otherYear?: number;
}

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/** 「周一」…「周日」 for a calendar date, read in UTC so the device's zone never moves it. */
export const weekdayName = (iso: string) =>
  `周${WEEKDAY_NAMES[new Date(`${iso}T00:00:00Z`).getUTCDay()]}`;

const isWeekendDate = (iso: string) => [0, 6].includes(new Date(`${iso}T00:00:00Z`).getUTCDay());

/** Pasted text comes with full-width or half-width punctuation, and the web's spacing. */
const normalized = (text: string) =>
  text
    .replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/:/g, '：')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/,/g, '，')
    .replace(/\u3000/g, ' ')
    // A notice pasted as one paragraph: each numbered arrangement starts its own line.
    .replace(/。\s*(?=[一二三四五六七八九十]+、)/g, '。\n');

/** 「一、春节：…」: an arrangement line, its holiday's name and what follows the colon. */
const ARRANGEMENT = /^(?:[一二三四五六七八九十]+、)?\s*([\u4e00-\u9fa5、]{2,12})：(.+)$/;
/** A date as notices write it: 「2月15日（周日）」, 「2024年12月30日」, or 「23日」 in the month before it. */
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/g;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The dates of a clause, in order; a day without a month takes the month of the date before it.
 * Without a year written, a month lower than the one before it crosses the year end: in the
 * notice for `year` the dates before it are in the year before (「元旦：12月30日至1月1日」).
 * Undefined when a date cannot be placed, does not exist, or is not the weekday the notice states.
 */
function clauseDates(clause: string, year: number): string[] | undefined {
  const found: Array<{ year?: number; month: number; day: number; weekday?: string }> = [];
  let month: number | undefined;
  let written: number | undefined;
  let crossing = -1;
  for (const match of clause.matchAll(DATE)) {
    if (match[1]) written = Number(match[1]);
    if (match[2]) {
      const next = Number(match[2]);
      if (!written && month !== undefined && next < month) crossing = found.length;
      month = next;
    }
    if (month === undefined) return undefined;
    const weekday = /周([一二三四五六日天])/.exec(match[4] ?? '')?.[1];
    found.push({ year: written, month, day: Number(match[3]), weekday });
  }
  const dates: string[] = [];
  for (const [index, date] of found.entries()) {
    const inYear = date.year ?? (index < crossing ? year - 1 : year);
    const iso = `${inYear}-${pad(date.month)}-${pad(date.day)}`;
    if (!isCalendarDate(iso)) return undefined;
    if (date.weekday && weekdayName(iso) !== `周${date.weekday.replace('天', '日')}`)
      return undefined;
    dates.push(iso);
  }
  return dates;
}

/**
 * A sentence's clauses, each ending at its verb (放假 or 上班): 「2月15日至23日放假调休，共9天，
 * 2月14日（周六）上班」 is a clause off and a clause worked; what follows the last verb joins it.
 */
function clauses(sentence: string): string[] {
  const result: string[] = [];
  let current = '';
  let closed = false;
  for (const part of sentence.split('，')) {
    const verb = /放假|上班/.test(part);
    if (closed && verb) {
      result.push(current);
      current = '';
      closed = false;
    }
    current = current ? `${current}，${part}` : part;
    if (verb) closed = true;
  }
  if (current) result.push(current);
  return result;
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
  const notice = normalized(text);
  const titled = /关于\s*(\d{4})\s*年/.exec(notice);
  if (titled && Number(titled[1]) !== year)
    return { holidays: [], workdays: [], unread: [], otherYear: Number(titled[1]) };
  for (const raw of notice.split(/\n+/)) {
    const line = raw.trim();
    const arrangement = ARRANGEMENT.exec(line);
    if (!arrangement) {
      if (/^[一二三四五六七八九十]+、/.test(line)) unread.push(line);
      continue;
    }
    const name = arrangement[1]!;
    const read = readArrangement(arrangement[2]!, year);
    if (!read) {
      unread.push(line);
      continue;
    }
    for (const date of read.holidays) holidays.set(date, name);
    for (const date of read.workdays) workdays.set(date, name);
    if (read.outside) unread.push(line);
  }
  const sorted = (days: Map<string, string>) =>
    [...days].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
  return { holidays: sorted(holidays), workdays: sorted(workdays), unread };
}

/**
 * What an arrangement line (after its colon) changes in `year`, whether it names dates outside
 * the year; undefined when nothing is read or a date in it is wrong (then none of it is taken).
 */
function readArrangement(arrangement: string, year: number) {
  const holidays: string[] = [];
  const workdays: string[] = [];
  let read = false;
  let outside = false;
  for (const clause of arrangement.split(/[。；]/).flatMap(clauses)) {
    const dates = clauseDates(clause, year);
    if (!dates) return undefined;
    if (dates.length === 0) continue;
    if (clause.includes('放假')) {
      const days = clause.includes('至') ? range(dates[0]!, dates[dates.length - 1]!) : dates;
      for (const date of days) {
        if (!date.startsWith(`${year}-`)) outside = true;
        else if (!isWeekendDate(date)) holidays.push(date);
      }
      read = true;
    } else if (clause.includes('上班')) {
      for (const date of dates) {
        if (!date.startsWith(`${year}-`)) outside = true;
        else workdays.push(date);
      }
      read = true;
    }
  }
  return read ? { holidays, workdays, outside } : undefined;
}

/**
 * The State Council announces the next year's holidays in early November (2024-11-12 for 2025,
 * 2025-11-04 for 2026); from 1 November in China the staff home checks that year's calendar.
 */
export const NEXT_CALENDAR_CHECK_FROM = { month: 11, day: 1 };

/**
 * The year whose calendar the staff home checks at `now`: next year from 1 November; from
 * 1 January the current year, whose deadlines are approximate for as long as it is missing.
 */
export function calendarYearToCheck(now: Date): number {
  const { year, month, day } = chinaClock(now);
  const { month: fromMonth, day: fromDay } = NEXT_CALENDAR_CHECK_FROM;
  return month > fromMonth || (month === fromMonth && day >= fromDay) ? year + 1 : year;
}

/** What the staff home says while the year it checks has no calendar (nothing otherwise). */
export function missingCalendarWarning(now: Date, entered: (year: number) => boolean) {
  const year = calendarYearToCheck(now);
  if (entered(year)) return undefined;
  return { year, text: `${year} 年工作日历尚未录入，法定期限将按近似计算` };
}
