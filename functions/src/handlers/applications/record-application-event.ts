import { ApplicationEventInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { applicationDeps } from '../../wiring/applications';
import { recordApplicationEvent } from '../../domain/applications/handle';
import { route } from '../route';

export const handler = route('recordApplicationEvent', ({ event, actor }) =>
  recordApplicationEvent(
    applicationDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(ApplicationEventInputSchema, event),
  ),
);
