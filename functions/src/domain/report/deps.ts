import type { BureauStore } from '../../ports/bureau-store';
import type { ConcernStore } from '../../ports/concern-store';
import type {
  LatePublicationSource,
  ReportApplicationSource,
  ReportDocumentSource,
} from '../../ports/report-sources';
import type { WorkflowStore } from '../../ports/workflow-store';

/** What the report is computed from: the three narrow sources of report-sources.ts. */
export interface ReportSources {
  applications: ReportApplicationSource;
  documents: ReportDocumentSource;
  latePublications: LatePublicationSource;
}

/** The staff report page: the sources, the year's report item, and the bureau's name for its title. */
export interface ReportDeps extends ReportSources {
  workflow: Pick<WorkflowStore, 'listByKind'>;
  bureau: Pick<BureauStore, 'get'>;
  /** The year's concerns, for their figures beside the tables (none: not shown). */
  concerns?: Pick<ConcernStore, 'listYear'>;
}
