import { calendarProblems, type WorkingCalendarView } from '@sunshine/shared';
import { NotFoundError, ValidationError } from '../../commons/errors';
import type { CalendarStore } from '../../ports/calendar-store';
import { auditEntry, type AuditDeps } from '../audit/entry';
import type { StaffActor } from '../identity/actor';

export async function getCalendar(
  calendars: CalendarStore,
  year: number,
): Promise<WorkingCalendarView> {
  const calendar = await calendars.get(year);
  if (!calendar)
    throw new NotFoundError(`${year} 年的工作日历尚未录入，请管理员按国务院办公厅放假安排录入`);
  return calendar;
}

/** An admin enters or corrects a year's holidays and worked weekend days; every deadline follows it. */
export async function saveCalendar(
  deps: AuditDeps & { calendars: CalendarStore },
  actor: StaffActor,
  year: number,
  input: { holidays: string[]; workdays: string[] },
): Promise<WorkingCalendarView> {
  const calendar: WorkingCalendarView = {
    year,
    holidays: [...input.holidays].sort(),
    workdays: [...input.workdays].sort(),
    updatedAt: deps.clock.now().toISOString(),
  };
  const problems = calendarProblems(calendar);
  if (problems.length) throw new ValidationError(problems);
  await deps.calendars.put(
    calendar,
    auditEntry(
      deps,
      actor,
      'calendar.update',
      undefined,
      `修改 ${year} 年工作日历：放假 ${calendar.holidays.length} 天，调休上班 ${calendar.workdays.length} 天`,
    ),
  );
  return calendar;
}
