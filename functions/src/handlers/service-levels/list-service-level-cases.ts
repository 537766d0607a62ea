import { ServiceCasesQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { serviceLevelCases } from '../../domain/service-levels/service-levels';
import { serviceLevelDeps } from '../../wiring/service-levels';
import { route } from '../route';

export const handler = route('listServiceLevelCases', ({ event }) =>
  serviceLevelCases(serviceLevelDeps(), parseQuery(ServiceCasesQuerySchema, event)),
);
