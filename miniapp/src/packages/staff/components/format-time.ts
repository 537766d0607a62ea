/** Staff see every time in China Standard Time (UTC+8), whatever the phone's time zone. */
const CHINA_OFFSET_MS = 8 * 3600_000;

function chinaClock(time: number): string {
  return new Date(time + CHINA_OFFSET_MS).toISOString();
}

/** '2024-05-01T01:30:00.000Z' → '2024-05-01 09:30'. */
export function formatDateTime(iso?: string): string {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return '';
  const clock = chinaClock(time);
  return `${clock.slice(0, 10)} ${clock.slice(11, 16)}`;
}

/** Today in China, YYYY-MM-DD, optionally some days ahead. */
export function chinaDate(daysAhead = 0, now = Date.now()): string {
  return chinaClock(now + daysAhead * 24 * 3600_000).slice(0, 10);
}

/** This month in China, YYYY-MM. */
export function chinaMonth(now = Date.now()): string {
  return chinaClock(now).slice(0, 7);
}

/** A date and a time as read on a clock in China ('2024-05-01', '09:30') → UTC ISO, or undefined. */
export function chinaTimeToIso(date: string, time: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return undefined;
  const parsed = Date.parse(`${date}T${time}:00+08:00`);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}
