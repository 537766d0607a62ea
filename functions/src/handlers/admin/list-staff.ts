import { staffDeps } from '../../wiring/identity';
import { listStaff } from '../../domain/staff/manage-staff';
import { route } from '../route';

export const handler = route('listStaff', () => listStaff(staffDeps()));
