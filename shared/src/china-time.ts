/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The calendar date in China (YYYY-MM-DD) at an instant: statutory days and retention count in it. */
export const chinaDate = (at: Date) => new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
