import { ConcernIdSchema, PressConferenceInputSchema } from '@sunshine/shared';
import { parseBody, parsePathParam } from '../../commons/http';
import { concernDeps } from '../../wiring/concerns';
import { recordPressConference } from '../../domain/concerns/concerns';
import { route } from '../route';

export const handler = route('recordPressConference', ({ event, actor }) =>
  recordPressConference(
    concernDeps(),
    actor,
    parsePathParam(ConcernIdSchema, event, 'id'),
    parseBody(PressConferenceInputSchema, event),
  ),
);
