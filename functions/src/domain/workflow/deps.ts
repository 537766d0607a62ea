import type { WorkflowStore } from '../../ports/workflow-store';
import type { AuditDeps } from '../audit/entry';

export interface WorkflowDeps extends AuditDeps {
  workflow: WorkflowStore;
}
