import { AuditQuerySchema } from '@sunshine/shared';
import { FileDownload, parseQuery } from '../../commons/http';
import { browseAuditDeps, clock } from '../../container';
import { exportAudit } from '../../domain/audit/browse-audit';
import { chinaMonth } from '../../domain/audit/month';
import { route } from '../route';

export const handler = route('exportAudit', async ({ event }) => {
  const query = parseQuery(AuditQuerySchema, event);
  const csv = await exportAudit(browseAuditDeps(), query);
  return new FileDownload(csv, 'text/csv; charset=utf-8', `audit-${query.month ?? chinaMonth(clock.now())}.csv`);
});
