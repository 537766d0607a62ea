import { ROLE_LABELS, type MeView } from '@sunshine/shared';
import { AppError } from '../../commons/errors';
import { auditEntry } from '../audit/entry';
import type { Actor } from '../identity/actor';
import type { StaffDeps } from './deps';
import { hashInvitationCode } from './invitation-code';

/** A signed-in person uses an invitation code: their WeChat identity becomes a staff member. */
export async function joinStaff(deps: StaffDeps, actor: Actor, code: string): Promise<MeView> {
  const now = deps.clock.now().toISOString();
  const result = await deps.staff.redeemInvitation(
    hashInvitationCode(code),
    { userId: actor.userId, status: 'active', joinedAt: now },
    now,
    (invitation) =>
      auditEntry(
        deps,
        { userId: actor.userId, displayName: invitation.displayName, roles: invitation.roles },
        'staff.join',
        { itemType: 'staff', itemId: actor.userId },
        `${invitation.displayName} 以邀请码加入，角色：${invitation.roles.map((role) => ROLE_LABELS[role]).join('、')}`,
      ),
  );
  if (result === 'invalid') throw new AppError('INVITATION_INVALID');
  if (result === 'already-staff') throw new AppError('CONFLICT', '您已是工作人员，无需再次加入');
  return { userId: result.userId, roles: result.roles, displayName: result.displayName };
}
