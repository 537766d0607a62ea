import { readPage } from '../paging';
import {
  AUDIT_ACTION_LABELS,
  chinaDateTime,
  chinaMonth,
  ROLE_LABELS,
  type AuditEntryView,
  type AuditQuery,
  type Page,
} from '@sunshine/shared';
import type { AuditLog } from '../../ports/audit-log';
import type { Clock } from '../../ports/clock';
import { csvDocument } from '../../commons/csv';

export interface BrowseAuditDeps {
  audit: AuditLog;
  clock: Clock;
}

const PAGE_SIZE = 30;
/** An export is one month; this many rows is far more than a bureau's month of staff actions. */
const EXPORT_LIMIT = 20_000;

function page(deps: BrowseAuditDeps, query: AuditQuery, limit: number) {
  return readPage(() =>
    deps.audit.list({ ...query, month: query.month ?? chinaMonth(deps.clock.now()), limit }),
  );
}

/** Admins browse the audit log by month, newest first, filtered by actor, action or item. */
export function listAudit(deps: BrowseAuditDeps, query: AuditQuery): Promise<Page<AuditEntryView>> {
  return page(deps, query, PAGE_SIZE);
}

const HEADER = ['时间', '操作人', '操作人编号', '角色', '操作', '对象类型', '对象编号', '摘要'];

/** The month's log (filters applied) as CSV, with a BOM so spreadsheet apps read it as UTF-8. */
export async function exportAudit(deps: BrowseAuditDeps, query: AuditQuery): Promise<string> {
  const rows = [HEADER];
  let cursor: string | undefined;
  do {
    const result = await page(deps, { ...query, cursor }, 500);
    for (const entry of result.items) {
      rows.push([
        chinaDateTime(new Date(entry.at)),
        entry.actorName,
        entry.actorId,
        entry.roles.map((role) => ROLE_LABELS[role]).join('、'),
        AUDIT_ACTION_LABELS[entry.action],
        entry.itemType ?? '',
        entry.itemId ?? '',
        entry.summary,
      ]);
    }
    cursor = result.nextCursor;
  } while (cursor && rows.length <= EXPORT_LIMIT);
  return csvDocument(rows);
}
