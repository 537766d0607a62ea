import type {
  AnnualReportTables,
  ComputedReportTables,
  FeesCharged,
  ReportStaffInputs,
} from './annual-report';
import type { WorkflowStatus } from './workflow';
import type { ConcernFiguresView } from './concern';

// Apart from annual-report.ts, which content.ts imports: the views name workflow states, and
// workflow.ts imports content.ts.

/** The year's report item as staff see it on the report page. */
export interface ReportItemSummary {
  id: string;
  status: WorkflowStatus;
  title: string;
  inputs: ReportStaffInputs;
  /** Set once it was submitted: the figures the reviewer sees. */
  tables?: AnnualReportTables;
  publishedAt?: string;
}

/** A year's figures as the records say today, and the year's report item if one was started. */
export interface LiveReportView {
  year: number;
  computed: ComputedReportTables;
  latePublications: number;
  /** 信息处理费 paid in the year (section 6). */
  feesCharged: FeesCharged;
  /** The year's public concerns (回应关切) and their clocks, for the narrative to quote. */
  concerns?: ConcernFiguresView;
  item?: ReportItemSummary;
  /** The title a new report for this year takes (with the bureau's name). */
  suggestedTitle: string;
  /** The office the report is filed under: the item's; for a new one the bureau's office (办公室) if it has one, else its first. */
  suggestedOffice: string;
}
