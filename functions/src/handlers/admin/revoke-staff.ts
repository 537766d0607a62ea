import { pathParam } from '../../commons/http';
import { staffDeps } from '../../wiring/identity';
import { revokeStaff } from '../../domain/staff/manage-staff';
import { route } from '../route';

export const handler = route('revokeStaff', ({ event, actor }) =>
  revokeStaff(staffDeps(), actor, pathParam(event, 'userId')),
);
