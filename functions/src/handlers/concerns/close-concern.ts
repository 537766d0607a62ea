import { CloseConcernInputSchema, ConcernIdSchema } from '@sunshine/shared';
import { parseBody, parsePathParam } from '../../commons/http';
import { concernDeps } from '../../wiring/concerns';
import { closeConcern } from '../../domain/concerns/concerns';
import { route } from '../route';

export const handler = route('closeConcern', ({ event, actor }) =>
  closeConcern(
    concernDeps(),
    actor,
    parsePathParam(ConcernIdSchema, event, 'id'),
    parseBody(CloseConcernInputSchema, event),
  ),
);
