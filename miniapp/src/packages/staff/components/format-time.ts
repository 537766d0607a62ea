import {
  chinaDate as dateInChina,
  chinaDateTime,
  chinaInstant,
  chinaMonth as monthInChina,
  nextDay,
} from '@sunshine/shared';

// Staff see every time in China Standard Time (UTC+8), whatever the phone's time zone.

/** '2024-05-01T01:30:00.000Z' → '2024-05-01 09:30'. */
export function formatDateTime(iso?: string): string {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return '';
  return chinaDateTime(new Date(time));
}

/** Today in China, YYYY-MM-DD, optionally some days ahead. */
export function chinaDate(daysAhead = 0, now = Date.now()): string {
  return nextDay(dateInChina(new Date(now)), daysAhead);
}

/** This month in China, YYYY-MM. */
export function chinaMonth(now = Date.now()): string {
  return monthInChina(new Date(now));
}

/** A date and a time as read on a clock in China ('2024-05-01', '09:30') → UTC ISO, or undefined. */
export function chinaTimeToIso(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const parsed = chinaInstant(date, time).getTime();
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}
