import type { AuditAction } from '@sunshine/shared';
import type { Clock } from '../../ports/clock';
import type { IdGenerator } from '../../ports/ids';
import type { AuditEntry } from '../../ports/audit-log';
import type { StaffActor } from '../identity/actor';

export interface AuditDeps {
  clock: Clock;
  ids: IdGenerator;
}

/** One audit record of an action: who, with which roles, what, on which item, when, and a summary. */
export function auditEntry(
  { clock, ids }: AuditDeps,
  actor: StaffActor,
  action: AuditAction,
  item: Pick<AuditEntry, 'itemType' | 'itemId'> | undefined,
  summary: string,
): AuditEntry {
  return {
    id: ids.next(),
    at: clock.now().toISOString(),
    actorId: actor.userId,
    actorName: actor.displayName,
    roles: [...actor.roles],
    action,
    ...item,
    summary: summary.slice(0, 500),
  };
}
