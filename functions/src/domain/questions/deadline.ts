import {
  addWorkingDays,
  chinaDate,
  chinaInstant,
  MissingCalendarError,
  QUESTION_DEADLINES,
  type QuestionKind,
  type WorkingCalendar,
} from '@sunshine/shared';
import type { CalendarStore } from '../../ports/calendar-store';

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
  const start = chinaDate(askedAt);
  const year = Number(start.slice(0, 4));
  const found = (await Promise.all([year, year + 1].map((each) => calendars.get(each)))).filter(
    (calendar): calendar is WorkingCalendar => calendar !== undefined,
  );
  let approximate = false;
  let dueOn: string;
  try {
    dueOn = addWorkingDays(start, rule.workingDays ?? 5, found);
  } catch (error) {
    if (!(error instanceof MissingCalendarError)) throw error;
    approximate = true;
    const filled = [year, year + 1].map(
      (each) =>
        found.find((calendar) => calendar.year === each) ?? {
          year: each,
          holidays: [],
          workdays: [],
        },
    );
    dueOn = addWorkingDays(start, rule.workingDays ?? 5, filled);
  }
  return { dueAt: chinaInstant(dueOn, '23:59:59').toISOString(), approximate };
}
