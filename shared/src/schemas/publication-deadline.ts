import type { ContentKind } from './content-kinds';
import type { WorkflowStatus } from './workflow';

/**
 * 政府信息公开条例 art. 26: proactive information is published within 20 working days of its making
 * or change. The staff dashboard lists drafts whose deadline is within `warnWithinWorkingDays`
 * working days, or past.
 */
export const PUBLICATION_DEADLINE = { workingDays: 20, warnWithinWorkingDays: 5 } as const;

/** One unpublished draft on the dashboard's 「公开时限」 list. */
export interface PublicationDeadlineView {
  id: string;
  kind: ContentKind;
  title: string;
  status: WorkflowStatus;
  /** The date the deadline counts from (a document's 成文日期 or 变更日期; any other kind's madeOn). */
  madeOn: string;
  /** The last day to publish on, China date. */
  dueOn: string;
  /** Counted on weekends only: the calendar of a year it crosses was not entered. */
  approximate: boolean;
  /** Past the deadline (已超期); else due within the warning window (即将到期). */
  overdue: boolean;
  /** Working days left after today up to and including dueOn (0 once overdue). */
  workingDaysLeft: number;
}

/** One item first published after its deadline (what the annual report counts). */
export interface LatePublication {
  id: string;
  title: string;
  madeOn: string;
  dueOn: string;
  /** The China date of first publication. */
  publishedOn: string;
  approximate: boolean;
}
