import type { DraftMediaDeps } from '../media/draft-media';
import type { TemplateIds } from '../../ports/notification-ports';
import type { PublicCache } from '../../ports/public-cache';
import type { TopicStore } from '../../ports/topic-store';
import type { WorkflowStore } from '../../ports/workflow-store';
import type { AuditDeps } from '../audit/entry';

export interface WorkflowDeps extends AuditDeps {
  workflow: WorkflowStore;
  /** Media in a draft must be files uploaded here and confirmed, not links to anywhere (none: no media at all). */
  media?: DraftMediaDeps;
  /** Topics staff added: a draft may use one only once it exists. */
  topics?: TopicStore;
  /**
   * The message templates: with them, a first publication of an interpretation or notice writes
   * its release (to subscribers) in the publish transaction. The functions always pass them.
   */
  templates?: TemplateIds;
  /** Start the fan-out of pending releases now (it also runs every minute). */
  kickReleases?: () => Promise<void>;
  /** The CDN in front of public reads (none locally): told what a publication or withdrawal changed. */
  publicCache?: PublicCache;
}
