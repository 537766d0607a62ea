import { pathParam } from '../../commons/http';
import { publicConcernDeps } from '../../wiring/concerns';
import { getPublicConcern } from '../../domain/concerns/concerns';
import { publicRoute } from '../public-route';

export const handler = publicRoute('getConcern', ({ event }) =>
  getPublicConcern(publicConcernDeps(), pathParam(event, 'id')),
);
