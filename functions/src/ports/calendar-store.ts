import type { WorkingCalendarView } from '@sunshine/shared';
import type { AuditEntry } from './audit-log';

/** The working-day calendars, one per year. */
export interface CalendarStore {
  /** Pattern 35: one year's calendar, if entered. One GetItem. */
  get(year: number): Promise<WorkingCalendarView | undefined>;
  /** Pattern 36: replace a year's calendar with its audit entry; with onlyIfNew, leave one that exists. */
  put(
    calendar: WorkingCalendarView,
    audit: AuditEntry | undefined,
    options?: { onlyIfNew?: boolean },
  ): Promise<'written' | 'exists'>;
}
