import { CalendarYearSchema, validate } from '@sunshine/shared';
import { ValidationError } from '../../commons/errors';
import { pathParam } from '../../commons/http';
import { calendarStore } from '../../wiring/calendars';
import { getCalendar } from '../../domain/calendar/calendars';
import { route } from '../route';

export const handler = route('getCalendar', ({ event }) => {
  const year = validate(CalendarYearSchema, pathParam(event, 'year'));
  if (!year.ok) throw new ValidationError([{ field: 'year', message: year.issues[0]!.message }]);
  return getCalendar(calendarStore(), year.value);
});
