import type { ConcernStore } from '../../ports/concern-store';
import type { PublicCache } from '../../ports/public-cache';
import type { StaffStore } from '../../ports/staff-store';
import type { AuditDeps } from '../audit/entry';
import type { OfficeList } from '../bureau/offices';

/** What the staff's concern routes need. */
export interface ConcernDeps extends AuditDeps {
  concerns: ConcernStore;
  /** Assignees are active staff members, named as the staff list names them. */
  staff: Pick<StaffStore, 'get' | 'list'>;
  offices: OfficeList;
  /** The CDN in front of public reads (none locally): the banner and the concern page change. */
  publicCache?: PublicCache;
}

/** What the residents' concern routes need: one read each. */
export interface PublicConcernDeps {
  concerns: Pick<ConcernStore, 'get' | 'openMajor'>;
  clock: AuditDeps['clock'];
}
