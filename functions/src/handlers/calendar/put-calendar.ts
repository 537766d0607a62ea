import { CalendarYearSchema, validate, WorkingCalendarInputSchema } from '@sunshine/shared';
import { ValidationError } from '../../commons/errors';
import { parseBody, pathParam } from '../../commons/http';
import { auditDeps } from '../../wiring/base';
import { calendarStore } from '../../wiring/calendars';
import { saveCalendar } from '../../domain/calendar/calendars';
import { route } from '../route';

export const handler = route('putCalendar', ({ event, actor }) => {
  const year = validate(CalendarYearSchema, pathParam(event, 'year'));
  if (!year.ok) throw new ValidationError([{ field: 'year', message: year.issues[0]!.message }]);
  return saveCalendar(
    { ...auditDeps(), calendars: calendarStore() },
    actor,
    year.value,
    parseBody(WorkingCalendarInputSchema, event),
  );
});
