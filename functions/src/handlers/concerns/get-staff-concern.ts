import { ConcernIdSchema } from '@sunshine/shared';
import { parsePathParam } from '../../commons/http';
import { concernDeps } from '../../wiring/concerns';
import { getStaffConcern } from '../../domain/concerns/concerns';
import { route } from '../route';

export const handler = route('getStaffConcern', ({ event }) =>
  getStaffConcern(concernDeps(), parsePathParam(ConcernIdSchema, event, 'id')),
);
