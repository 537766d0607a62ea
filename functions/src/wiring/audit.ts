import { DynamoAuditLog } from '../adapters/dynamo/audit-log';
import type { BrowseAuditDeps } from '../domain/audit/browse-audit';
import { clock, tableStore } from './base';

export const auditLog = /* @__PURE__ */ tableStore(DynamoAuditLog);
export const browseAuditDeps = (): BrowseAuditDeps => ({ audit: auditLog(), clock });
