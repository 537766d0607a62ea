import { InvitationInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { staffDeps } from '../../wiring/identity';
import { inviteStaff } from '../../domain/staff/invite-staff';
import { route } from '../route';

export const handler = route('createInvitation', ({ event, actor }) =>
  inviteStaff(staffDeps(), actor, parseBody(InvitationInputSchema, event)),
);
