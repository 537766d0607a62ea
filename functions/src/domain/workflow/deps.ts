import type { TopicStore } from '../../ports/topic-store';
import type { WorkflowStore } from '../../ports/workflow-store';
import type { AuditDeps } from '../audit/entry';

export interface WorkflowDeps extends AuditDeps {
  workflow: WorkflowStore;
  /** Media in a draft must be files uploaded here (and checked), not links to anywhere. */
  mediaBaseUrl?: string;
  /** Topics staff added: a draft may use one only once it exists. */
  topics?: TopicStore;
}
