import { DynamoAuditLog } from '../adapters/dynamo/audit-log';
import type { BrowseAuditDeps } from '../domain/audit/browse-audit';
import { clock, documentClient, table } from './base';
import { once } from './once';

export const auditLog = /* @__PURE__ */ once(() => new DynamoAuditLog(documentClient(), table()));
export const browseAuditDeps = (): BrowseAuditDeps => ({ audit: auditLog(), clock });
