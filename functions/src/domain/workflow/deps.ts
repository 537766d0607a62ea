import type { DraftMediaDeps } from '../media/draft-media';
import type { BureauStore } from '../../ports/bureau-store';
import type { ConcernStore } from '../../ports/concern-store';
import type { CalendarStore } from '../../ports/calendar-store';
import type { PublicCache } from '../../ports/public-cache';
import type { TopicStore } from '../../ports/topic-store';
import type { WorkflowStore } from '../../ports/workflow-store';
import type { AuditDeps } from '../audit/entry';
import type { NotifyDeps } from '../notifications/deps';
import type { OfficeList } from '../bureau/offices';
import type { ReportSources } from '../report/deps';

/** Drafts, review and publication; a publication tells subscribers (NotifyDeps). */
export interface WorkflowDeps extends AuditDeps, NotifyDeps {
  workflow: WorkflowStore;
  /** Media in a draft must be files uploaded here and confirmed, not links to anywhere (none: no media at all). */
  media?: DraftMediaDeps;
  /** Topics staff added: a draft may use one only once it exists. */
  topics?: TopicStore;
  /** The bureau's profile: the form and credit code of a first publication's 索引号 (none: the default form without the code). */
  bureau?: Pick<BureauStore, 'get'>;
  /** The offices a draft may name (none: the profile's, read from `bureau`); an import reads them once. */
  offices?: OfficeList;
  /** The working-day calendars: a first publication after its 20-working-day deadline is recorded as late (none: not recorded). */
  calendars?: Pick<CalendarStore, 'get'>;
  /** The CDN in front of public reads (none locally): told what a publication or withdrawal changed. */
  publicCache?: PublicCache;
  /** What an annual report's tables are computed from when it is submitted (none: no report can be). */
  reportSources?: ReportSources;
  /** The concerns a release may answer (none: a draft naming one is refused). */
  concerns?: Pick<ConcernStore, 'get'>;
}
