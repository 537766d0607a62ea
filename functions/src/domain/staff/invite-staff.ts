import { ROLE_LABELS, type InvitationInput, type InvitationView } from '@sunshine/shared';
import { auditEntry } from '../audit/entry';
import type { StaffActor } from '../identity/actor';
import type { StaffDeps } from './deps';
import { hashInvitationCode, newInvitationCode } from './invitation-code';

/** A test may fix the invitation code. */
export interface InviteDeps extends StaffDeps {
  newCode?: () => string;
}

/** An admin (or the bootstrap command) creates a one-time invitation with roles and an expiry. */
export async function inviteStaff(
  deps: InviteDeps,
  actor: StaffActor,
  input: InvitationInput,
): Promise<InvitationView> {
  const code = (deps.newCode ?? newInvitationCode)();
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + input.validDays * 86_400_000).toISOString();
  const codeHash = hashInvitationCode(code);
  const roles = input.roles.map((role) => ROLE_LABELS[role]).join('、');
  await deps.staff.createInvitation(
    {
      codeHash,
      displayName: input.displayName,
      roles: input.roles,
      expiresAt,
      createdBy: actor.userId,
      createdAt: now.toISOString(),
    },
    // The audit names the invitation by a prefix of its hash, never the code itself.
    auditEntry(
      deps,
      actor,
      'staff.invite',
      { itemType: 'invitation', itemId: codeHash.slice(0, 12) },
      `邀请 ${input.displayName}（${roles}），${input.validDays} 天内有效`,
    ),
  );
  return { code, displayName: input.displayName, roles: input.roles, expiresAt };
}
