import { ConcernIdSchema, ReassignConcernInputSchema } from '@sunshine/shared';
import { parseBody, parsePathParam } from '../../commons/http';
import { concernDeps } from '../../wiring/concerns';
import { reassignConcern } from '../../domain/concerns/concerns';
import { route } from '../route';

export const handler = route('reassignConcern', ({ event, actor }) =>
  reassignConcern(
    concernDeps(),
    actor,
    parsePathParam(ConcernIdSchema, event, 'id'),
    parseBody(ReassignConcernInputSchema, event),
  ),
);
