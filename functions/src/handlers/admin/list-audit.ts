import { AuditQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { browseAuditDeps } from '../../wiring/audit';
import { listAudit } from '../../domain/audit/browse-audit';
import { route } from '../route';

export const handler = route('listAudit', ({ event }) =>
  listAudit(browseAuditDeps(), parseQuery(AuditQuerySchema, event)),
);
