import { ROLE_LABELS, type StaffMemberView, type StaffRole } from '@sunshine/shared';
import { AppError, NotFoundError } from '../../commons/errors';
import type { StaffMember } from '../../ports/staff-store';
import { auditEntry } from '../audit/entry';
import type { StaffActor } from '../identity/actor';
import type { StaffDeps } from './deps';
import { staffMemberView } from './views';

const labels = (roles: StaffRole[]) => roles.map((role) => ROLE_LABELS[role]).join('、') || '无';

export async function listStaff(deps: StaffDeps): Promise<StaffMemberView[]> {
  return (await deps.staff.list()).map(staffMemberView);
}

async function memberOrNotFound(deps: StaffDeps, userId: string): Promise<StaffMember> {
  const member = await deps.staff.get(userId);
  if (!member) throw new NotFoundError('该工作人员不存在');
  return member;
}

/** Change a member's roles. An admin cannot take the admin role from themselves (no lock-out). */
export async function changeStaffRoles(
  deps: StaffDeps,
  actor: StaffActor,
  userId: string,
  roles: StaffRole[],
): Promise<StaffMemberView> {
  const before = await memberOrNotFound(deps, userId);
  if (before.status !== 'active') throw new AppError('CONFLICT', '该工作人员已停用，不能修改角色');
  if (userId === actor.userId && !roles.includes('admin'))
    throw new AppError('CONFLICT', '不能取消自己的管理员角色');
  const after: StaffMember = { ...before, roles };
  await deps.staff.update(
    before,
    after,
    auditEntry(
      deps,
      actor,
      'staff.roles_change',
      { itemType: 'staff', itemId: userId },
      `${before.displayName}：${labels(before.roles)} → ${labels(roles)}`,
    ),
  );
  return staffMemberView(after);
}

/** Revoke a member: their next request is refused. */
export async function revokeStaff(
  deps: StaffDeps,
  actor: StaffActor,
  userId: string,
): Promise<StaffMemberView> {
  const before = await memberOrNotFound(deps, userId);
  if (userId === actor.userId) throw new AppError('CONFLICT', '不能停用自己的账号');
  if (before.status === 'revoked') return staffMemberView(before);
  const after: StaffMember = { ...before, status: 'revoked' };
  await deps.staff.update(
    before,
    after,
    auditEntry(
      deps,
      actor,
      'staff.revoke',
      { itemType: 'staff', itemId: userId },
      `停用 ${before.displayName}（原角色：${labels(before.roles)}）`,
    ),
  );
  return staffMemberView(after);
}
