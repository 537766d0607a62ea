import { readPage } from '../paging';
import {
  AUDIT_ACTION_LABELS,
  chinaDateTime,
  chinaMonth,
  ROLE_LABELS,
  type AuditEntryView,
  type AuditQuery,
  type ExportFileView,
  type Page,
} from '@sunshine/shared';
import type { AuditLog } from '../../ports/audit-log';
import type { Clock } from '../../ports/clock';
import type { ExportFiles } from '../../ports/export-files';
import { exportCsv } from '../exports/export-file';

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

/** The month's entries (filters applied), newest first, page by page, up to EXPORT_LIMIT. */
async function* auditRows(deps: BrowseAuditDeps, query: AuditQuery): AsyncIterable<string[]> {
  let cursor: string | undefined;
  let count = 0;
  do {
    const result = await page(deps, { ...query, cursor }, 500);
    for (const entry of result.items) {
      count++;
      yield [
        chinaDateTime(new Date(entry.at)),
        entry.actorName,
        entry.actorId,
        entry.roles.map((role) => ROLE_LABELS[role]).join('、'),
        AUDIT_ACTION_LABELS[entry.action],
        entry.itemType ?? '',
        entry.itemId ?? '',
        entry.summary,
      ];
    }
    cursor = result.nextCursor;
  } while (cursor && count <= EXPORT_LIMIT);
}

/**
 * The month's log (filters applied) as a CSV file in private storage (UTF-8 with BOM, so
 * spreadsheet apps read the Chinese), answered as a short-lived link.
 */
export function exportAudit(
  deps: BrowseAuditDeps & { files: ExportFiles },
  query: AuditQuery,
): Promise<ExportFileView> {
  const month = query.month ?? chinaMonth(deps.clock.now());
  return exportCsv(deps.files, {
    fileName: `审计日志-${month}.csv`,
    header: HEADER,
    rows: auditRows(deps, { ...query, month }),
  });
}
