import { concernDeps } from '../../wiring/concerns';
import { listAssignableStaff } from '../../domain/concerns/concerns';
import { route } from '../route';

export const handler = route('listAssignableStaff', () => listAssignableStaff(concernDeps()));
