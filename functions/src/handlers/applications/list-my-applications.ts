import { applicationDeps } from '../../wiring/applications';
import { listMyApplications } from '../../domain/applications/queries';
import { route } from '../route';

export const handler = route('listMyApplications', ({ actor }) =>
  listMyApplications(applicationDeps(), actor),
);
