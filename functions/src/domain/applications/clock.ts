import {
  addWorkingDays,
  clockState,
  CORRECTION_WORKING_DAYS,
  FEE_PAYMENT_WORKING_DAYS,
  MissingCalendarError,
  type ClockEvent,
  type ClockState,
  type WorkingCalendar,
} from '@sunshine/shared';
import type { CalendarStore } from '../../ports/calendar-store';
import type { StoredApplicationEvent } from '../../ports/application-store';

/** The events the clock counts; a reply or a closing is the end of a case, not a step of its clock. */
function clockEvents(events: readonly StoredApplicationEvent[]): ClockEvent[] {
  return events.flatMap((event): ClockEvent[] =>
    event.type === 'replied' || event.type === 'closed'
      ? []
      : event.type === 'extended'
        ? [{ type: 'extended', on: event.on, days: event.days, reason: event.reason }]
        : [{ type: event.type, on: event.on }],
  );
}

/**
 * Where a case's clock stands, always replayed from its events (clockState). A year without its
 * calendar still gives a due date, counted on weekends only and marked approximate, as question
 * deadlines do: an application is never refused, nor a case blocked, for want of configuration.
 * ClockRuleError goes through to the caller (a forbidden sequence).
 */
export async function applicationClock(
  events: readonly StoredApplicationEvent[],
  calendars: CalendarStore,
): Promise<ClockState & { approximate: boolean }> {
  const replay = clockEvents(events);
  const years = replay.map((event) => Number(event.on.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  const known: WorkingCalendar[] = [];
  for (let year = first; year <= last; year++) {
    const calendar = await calendars.get(year);
    if (calendar) known.push(calendar);
  }
  let approximate = false;
  // A pause or an extension may carry the count into a later year still: fill each missing one.
  for (let attempt = 0; ; attempt++) {
    try {
      return { ...clockState(replay, known), approximate };
    } catch (error) {
      if (!(error instanceof MissingCalendarError) || attempt > 5) throw error;
      approximate = true;
      known.push({ year: error.year, holidays: [], workdays: [] });
    }
  }
}

/**
 * The last day the applicant may correct (art. 30): CORRECTION_WORKING_DAYS working days after the
 * request, on the staff calendars (weekends only for a year not entered, as the clock does).
 */
export async function correctionDeadline(
  requestedOn: string,
  calendars: CalendarStore,
): Promise<string> {
  return workingDaysAfter(requestedOn, CORRECTION_WORKING_DAYS, calendars);
}

/**
 * The last day to pay a fee: FEE_PAYMENT_WORKING_DAYS working days after the notice, counted as
 * the correction period is.
 */
export async function feePaymentDeadline(
  notifiedOn: string,
  calendars: CalendarStore,
): Promise<string> {
  return workingDaysAfter(notifiedOn, FEE_PAYMENT_WORKING_DAYS, calendars);
}

/** `days` working days after `from` on the staff calendars (weekends only for a year not entered). */
async function workingDaysAfter(
  from: string,
  days: number,
  calendars: CalendarStore,
): Promise<string> {
  const year = Number(from.slice(0, 4));
  const known = (await Promise.all([year, year + 1].map((each) => calendars.get(each)))).filter(
    (calendar): calendar is WorkingCalendar => calendar !== undefined,
  );
  const filled = [year, year + 1].map(
    (each) =>
      known.find((calendar) => calendar.year === each) ?? {
        year: each,
        holidays: [],
        workdays: [],
      },
  );
  return addWorkingDays(from, days, filled);
}
