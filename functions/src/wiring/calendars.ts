import { DynamoCalendarStore } from '../adapters/dynamo/calendar-store';
import { documentClient, table } from './base';
import { once } from './once';

/** The working-day calendars staff keep: deadlines of questions and applications count on them. */
export const calendarStore = /* @__PURE__ */ once(() => new DynamoCalendarStore(documentClient(), table()));
