import { applicationDeps } from '../../wiring/applications';
import { listApplicationQueue } from '../../domain/applications/queries';
import { route } from '../route';

export const handler = route('listApplicationQueue', () => listApplicationQueue(applicationDeps()));
