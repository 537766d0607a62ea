import type { StaffMemberView } from '@sunshine/shared';
import type { StaffMember } from '../../ports/staff-store';

export const staffMemberView = ({
  userId,
  displayName,
  roles,
  status,
  joinedAt,
}: StaffMember): StaffMemberView => ({
  userId,
  displayName,
  roles,
  status,
  joinedAt,
});
