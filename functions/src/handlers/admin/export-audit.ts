import { AuditQuerySchema, chinaMonth } from '@sunshine/shared';
import { FileDownload, parseQuery } from '../../commons/http';
import { browseAuditDeps } from '../../wiring/audit';
import { clock } from '../../wiring/base';
import { exportAudit } from '../../domain/audit/browse-audit';
import { route } from '../route';

export const handler = route('exportAudit', async ({ event }) => {
  const query = parseQuery(AuditQuerySchema, event);
  const csv = await exportAudit(browseAuditDeps(), query);
  return new FileDownload(
    csv,
    'text/csv; charset=utf-8',
    `audit-${query.month ?? chinaMonth(clock.now())}.csv`,
  );
});
