import { RolesInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { staffDeps } from '../../wiring/identity';
import { changeStaffRoles } from '../../domain/staff/manage-staff';
import { route } from '../route';

export const handler = route('changeStaffRoles', ({ event, actor }) =>
  changeStaffRoles(
    staffDeps(),
    actor,
    pathParam(event, 'userId'),
    parseBody(RolesInputSchema, event).roles,
  ),
);
