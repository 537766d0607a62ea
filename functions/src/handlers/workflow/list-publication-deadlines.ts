import { clock } from '../../wiring/base';
import { calendarStore } from '../../wiring/calendars';
import { workflowStore } from '../../wiring/content';
import { listPublicationDeadlines } from '../../domain/workflow/publication-deadline';
import { route } from '../route';

export const handler = route('listPublicationDeadlines', () =>
  listPublicationDeadlines({ workflow: workflowStore(), calendars: calendarStore(), clock }),
);
