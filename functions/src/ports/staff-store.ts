import type { StaffRole } from '@sunshine/shared';
import type { AuditEntry } from './audit-log';

export interface StaffMember {
  userId: string;
  displayName: string;
  roles: StaffRole[];
  status: 'active' | 'revoked';
  joinedAt: string;
  invitedBy: string;
}

export interface Invitation {
  codeHash: string;
  displayName: string;
  roles: StaffRole[];
  expiresAt: string;
  createdBy: string;
  createdAt: string;
}

/** Staff members and invitations. Every change is written with its audit entry, atomically. */
export interface StaffStore {
  get(userId: string): Promise<StaffMember | undefined>;
  list(): Promise<StaffMember[]>;
  createInvitation(invitation: Invitation, audit: AuditEntry): Promise<void>;
  /**
   * Use an invitation: mark it used and make the user a staff member. Resolves to the reason
   * when it cannot: the code is unknown, used or expired, or the user is already active staff.
   */
  redeemInvitation(
    codeHash: string,
    member: Omit<StaffMember, 'displayName' | 'roles' | 'invitedBy'>,
    now: string,
    audit: (invitation: Invitation) => AuditEntry,
  ): Promise<StaffMember | 'invalid' | 'already-staff'>;
  /** Replace a member's roles or status; StaleWriteError if the member changed meanwhile. */
  update(before: StaffMember, after: StaffMember, audit: AuditEntry): Promise<void>;
}
