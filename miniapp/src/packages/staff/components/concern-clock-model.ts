import type { ClockView } from '@sunshine/shared';
import { formatDateTime } from './format-time';

/**
 * A clock's colour: calm while more than half its time is left, amber under half, red under one
 * hour, dark red once overdue; and how it ended (met, late, not held) once it stopped.
 */
export type ClockTone = 'calm' | 'amber' | 'red' | 'overdue' | 'met' | 'late' | 'not_held';

const HOUR_MS = 3_600_000;

/**
 * The tone now. A stopped clock keeps the server's verdict; a running one is recomputed from the
 * phone's clock against its deadline, so a page left open turns amber and red as time passes.
 */
export function clockTone(clock: ClockView, arisenAt: string, now: number): ClockTone {
  if (clock.state === 'met' || clock.state === 'late' || clock.state === 'not_held')
    return clock.state;
  const due = Date.parse(clock.dueAt);
  const left = due - now;
  if (left <= 0) return 'overdue';
  if (left < HOUR_MS) return 'red';
  return left < (due - Date.parse(arisenAt)) / 2 ? 'amber' : 'calm';
}

/** 2 h 30 min → 「2小时30分」; under an hour 「45分钟」. */
export function durationText(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours ? `${hours}小时${minutes % 60}分` : `${minutes}分钟`;
}

/** What the clock says beside its deadline: time left, overdue by, or how it ended. */
export function clockText(clock: ClockView, tone: ClockTone, now: number): string {
  const due = Date.parse(clock.dueAt);
  switch (tone) {
    case 'met':
      return clock.metAt ? `${formatDateTime(clock.metAt)} 完成，按时` : '按时完成';
    case 'late':
      return clock.metAt ? `${formatDateTime(clock.metAt)} 完成，超时` : '超时未完成';
    case 'not_held':
      return '未举行';
    case 'overdue':
      return `已超时 ${durationText(now - due)}`;
    default:
      return `还剩 ${durationText(due - now)}`;
  }
}

/** The order of urgency, most urgent first: the staff home shows the most urgent clock. */
const URGENCY: ClockTone[] = ['overdue', 'red', 'amber', 'calm', 'late', 'not_held', 'met'];

/** The most urgent clock of a concern, or undefined when it has none. */
export function mostUrgentClock(
  clocks: ClockView[],
  arisenAt: string,
  now: number,
): { clock: ClockView; tone: ClockTone } | undefined {
  return clocks
    .map((clock) => ({ clock, tone: clockTone(clock, arisenAt, now) }))
    .sort(
      (a, b) =>
        URGENCY.indexOf(a.tone) - URGENCY.indexOf(b.tone) ||
        a.clock.dueAt.localeCompare(b.clock.dueAt),
    )[0];
}
