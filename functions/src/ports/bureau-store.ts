import type { BureauProfile } from '@sunshine/shared';
import type { AuditEntry } from './audit-log';

/** The bureau's profile: one item, read by the guide, replies, index numbers and the report. */
export interface BureauStore {
  /** Pattern 101: the profile, or undefined before an admin (or the seed) saved one. One GetItem. */
  get(): Promise<BureauProfile | undefined>;
  /**
   * Pattern 102: save the whole profile with its audit entry, only over the version read
   * (`previousUpdatedAt`, undefined for the first save); 'stale' if someone saved since.
   */
  save(
    profile: BureauProfile & { updatedAt: string },
    previousUpdatedAt: string | undefined,
    audit: AuditEntry,
  ): Promise<'saved' | 'stale'>;
}
