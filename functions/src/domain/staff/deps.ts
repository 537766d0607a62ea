import type { StaffStore } from '../../ports/staff-store';
import type { AuditDeps } from '../audit/entry';

/** Inviting, joining and managing staff: the staff records, and the audit's clock and ids. */
export interface StaffDeps extends AuditDeps {
  staff: StaffStore;
}
