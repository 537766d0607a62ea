import { JoinInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { staffDeps } from '../../wiring/identity';
import { joinStaff } from '../../domain/staff/join-staff';
import { route } from '../route';

export const handler = route('joinStaff', ({ event, actor }) =>
  joinStaff(staffDeps(), actor, parseBody(JoinInputSchema, event).code),
);
