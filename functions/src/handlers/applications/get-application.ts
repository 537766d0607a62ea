import { pathParam } from '../../commons/http';
import { applicationDeps } from '../../wiring/applications';
import { getApplication } from '../../domain/applications/queries';
import { route } from '../route';

export const handler = route('getApplication', ({ event }) =>
  getApplication(applicationDeps(), pathParam(event, 'id')),
);
