import type { StaffRole } from '@sunshine/shared';
import type { AuditDeps } from '../domain/audit/entry';
import { SYSTEM_ACTOR } from '../domain/identity/actor';
import { inviteStaff } from '../domain/staff/invite-staff';
import { joinStaff } from '../domain/staff/join-staff';
import type { StaffStore } from '../ports/staff-store';
import type { UserStore } from '../ports/user-store';

/** Demo staff for `npm start`: the H5 sign-in page offers these sandbox identities. */
export const DEMO_STAFF: Array<{ identity: string; displayName: string; roles: StaffRole[] }> = [
  { identity: 'demo-admin', displayName: '演示管理员', roles: ['admin'] },
  { identity: 'demo-editor', displayName: '演示编辑', roles: ['editor'] },
  { identity: 'demo-reviewer', displayName: '演示审核', roles: ['reviewer', 'responder'] },
  { identity: 'demo-discloser', displayName: '演示依申请公开', roles: ['discloser'] },
];

export interface SeedStaffDeps extends AuditDeps {
  users: UserStore;
  staff: StaffStore;
  /** The openid WeChat (here, the sandbox) gives a test identity. */
  openidOf: (identity: string) => string;
}

/** Make the demo staff through the real invitation path; ones already there are left alone. */
export async function seedDemoStaff(deps: SeedStaffDeps) {
  let written = 0;
  for (const { identity, displayName, roles } of DEMO_STAFF) {
    const openid = deps.openidOf(identity);
    const userId =
      (await deps.users.findByOpenid(openid)) ??
      (await deps.users.create({
        userId: deps.ids.next(),
        openid,
        createdAt: deps.clock.now().toISOString(),
      }));
    if (await deps.staff.get(userId)) continue;
    const invitation = await inviteStaff(deps, SYSTEM_ACTOR, { displayName, roles, validDays: 1 });
    await joinStaff(deps, { userId, roles: [] }, invitation.code);
    written++;
  }
  return { written, existing: DEMO_STAFF.length - written };
}
