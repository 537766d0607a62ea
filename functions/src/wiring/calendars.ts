import { DynamoCalendarStore } from '../adapters/dynamo/calendar-store';
import { tableStore } from './base';

/** The working-day calendars staff keep: deadlines of questions and applications count on them. */
export const calendarStore = /* @__PURE__ */ tableStore(DynamoCalendarStore);
