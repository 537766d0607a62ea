import { ServiceLevelQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { serviceLevels } from '../../domain/service-levels/service-levels';
import { serviceLevelDeps } from '../../wiring/service-levels';
import { route } from '../route';

export const handler = route('getServiceLevels', ({ event }) =>
  serviceLevels(serviceLevelDeps(), parseQuery(ServiceLevelQuerySchema, event)),
);
