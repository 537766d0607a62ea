/**
 * Time as read on a clock in China, where the bureau and its residents live: statutory days,
 * deadlines, months of the audit log and every date or time shown. China Standard Time is UTC+8
 * all year (no daylight saving), so one fixed offset is exact; every UTC+8 computation of the
 * product is here, nowhere else. (The WeChat sandbox, plain CommonJS outside the build, keeps its
 * own for the times it shows; a few tests compute expected China dates by hand, on purpose, as a
 * check independent of this module.)
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The instant shifted so that its UTC fields read the clock in China. */
const shifted = (at: Date) => new Date(at.getTime() + CHINA_OFFSET_MS);

/** The calendar date in China (YYYY-MM-DD) at an instant: statutory days and retention count in it. */
export const chinaDate = (at: Date) => shifted(at).toISOString().slice(0, 10);

/** The month in China (YYYY-MM) at an instant: the audit log is kept and browsed by it. */
export const chinaMonth = (at: Date) => shifted(at).toISOString().slice(0, 7);

/** 'YYYY-MM-DD HH:mm' in China: what staff read beside an entry. */
export const chinaDateTime = (at: Date) => shifted(at).toISOString().slice(0, 16).replace('T', ' ');

/** The clock in China at an instant, field by field. */
export function chinaClock(at: Date) {
  const china = shifted(at);
  return {
    year: china.getUTCFullYear(),
    month: china.getUTCMonth() + 1,
    day: china.getUTCDate(),
    hours: china.getUTCHours(),
    minutes: china.getUTCMinutes(),
  };
}

/** The day of the week in China at an instant: 1 is Monday, 7 Sunday (as a service hall's hours count). */
export const chinaWeekday = (at: Date) => shifted(at).getUTCDay() || 7;

/** The instant a day starts in China: the day of `at`, or the one `days` after it. */
export const chinaDayStart = (at: Date, days = 0) =>
  new Date((Math.floor(shifted(at).getTime() / DAY_MS) + days) * DAY_MS - CHINA_OFFSET_MS);

/**
 * The instant a clock in China reads `time` ('HH:mm', 'HH:mm:ss' or 'HH:mm:ss.sss') on `date`
 * (YYYY-MM-DD); without a time, the start of that day in China. An impossible date or time is an
 * invalid Date, for the caller to refuse.
 */
export const chinaInstant = (date: string, time = '00:00:00') => new Date(`${date}T${time}+08:00`);

/** The calendar date `by` days after a YYYY-MM-DD date (before it when negative). */
export const nextDay = (date: string, by = 1) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + by * DAY_MS).toISOString().slice(0, 10);
