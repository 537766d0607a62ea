import { chinaDate, chinaInstant, QUESTION_DEADLINES, type QuestionKind } from '@sunshine/shared';
import type { CalendarStore } from '../../ports/calendar-store';
import { calendarReader, workingDeadline } from '../calendar/working-deadline';

/**
 * When a question must be answered: in hours for urgent concerns, else by the end of the Nth
 * working day (China time) on the calendars staff keep. A year without its calendar still gets a
 * deadline, counted on weekends only and marked approximate: a resident's question is never
 * refused for want of configuration.
 */
export async function questionDeadline(
  kind: QuestionKind,
  askedAt: Date,
  calendars: CalendarStore,
): Promise<{ dueAt: string; approximate: boolean }> {
  const rule = QUESTION_DEADLINES[kind];
  if (rule.hours)
    return {
      dueAt: new Date(askedAt.getTime() + rule.hours * 3600_000).toISOString(),
      approximate: false,
    };
  const { dueOn, approximate } = await workingDeadline(
    chinaDate(askedAt),
    rule.workingDays ?? 5,
    calendarReader(calendars),
  );
  return { dueAt: chinaInstant(dueOn, '23:59:59').toISOString(), approximate };
}
