import { AuditQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { browseAuditDeps } from '../../wiring/audit';
import { exportFiles } from '../../wiring/exports';
import { exportAudit } from '../../domain/audit/browse-audit';
import { route } from '../route';

export const handler = route('exportAudit', ({ event }) =>
  exportAudit({ ...browseAuditDeps(), files: exportFiles() }, parseQuery(AuditQuerySchema, event)),
);
