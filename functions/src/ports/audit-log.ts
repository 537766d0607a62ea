import type { AuditEntryView, AuditQuery, Page } from '@sunshine/shared';

export type AuditEntry = AuditEntryView;

/** The append-only audit log. There is no update and no delete, by design. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  list(query: AuditQuery & { month: string; limit: number }): Promise<Page<AuditEntry>>;
}
