import {
  chinaDate,
  isCalendarDate,
  isPubliclyDisclosed,
  madeOnOf,
  PUBLICATION_DEADLINE,
  type ContentDraft,
  type LatePublication,
  type PublicationDeadlineView,
  type WorkflowStatus,
} from '@sunshine/shared';
import type { CalendarStore } from '../../ports/calendar-store';
import type { WorkflowItem, WorkflowStore } from '../../ports/workflow-store';
import { calendarReader, workingDaysLeft, workingDeadline } from '../calendar/working-deadline';

type Reader = ReturnType<typeof calendarReader>;

/**
 * Art. 26 binds information disclosed proactively: a document withheld (依申请公开, 不予公开) has no
 * publication deadline, nor has a draft saved before the rule (no madeOn), nor one whose date
 * cannot be counted from: stored before dates were held to real days in 1949-2099 (a year 9999
 * overran the calendar arithmetic, a year 2205 made the dashboard read some 180 calendars).
 */
function deadlineStart(draft: ContentDraft): string | undefined {
  const madeOn = isPubliclyDisclosed(draft) ? madeOnOf(draft) : undefined;
  return madeOn && isCalendarDate(madeOn) ? madeOn : undefined;
}

/** The last day to publish information made or changed on `madeOn`: 20 working days on. */
export function publicationDeadline(madeOn: string, read: Reader) {
  return workingDeadline(madeOn, PUBLICATION_DEADLINE.workingDays, read);
}

/**
 * At an item's first publication: the record the annual report counts if it is late (published
 * on a China date after its deadline); undefined when on time or without a deadline.
 */
export async function latePublication(
  calendars: Pick<CalendarStore, 'get'> | undefined,
  item: WorkflowItem,
  publishedAt: Date,
): Promise<LatePublication | undefined> {
  const madeOn = deadlineStart(item.draft);
  const publishedOn = chinaDate(publishedAt);
  // Published by the day it was made (a date stored before it was held to today): never late.
  if (!calendars || item.publishedAt || !madeOn || publishedOn <= madeOn) return undefined;
  const { dueOn, approximate } = await publicationDeadline(madeOn, calendarReader(calendars));
  if (publishedOn <= dueOn) return undefined;
  return { id: item.id, title: item.draft.title, madeOn, dueOn, publishedOn, approximate };
}

/** The statuses of an item on its way to a first publication. */
const UNPUBLISHED: WorkflowStatus[] = ['draft', 'returned', 'in_review', 'scheduled'];
/** Per status, the newest this many (by last change): a bureau has a few dozen drafts at most. */
const PER_STATUS = 100;

/**
 * The dashboard's 「公开时限」: never-published drafts whose deadline is past or within five
 * working days, the most pressing first. Four Queries (one per status, pattern 141) and one
 * calendar read per year concerned.
 */
export async function listPublicationDeadlines(deps: {
  workflow: WorkflowStore;
  calendars: Pick<CalendarStore, 'get'>;
  clock: { now(): Date };
}): Promise<PublicationDeadlineView[]> {
  const today = chinaDate(deps.clock.now());
  const read = calendarReader(deps.calendars);
  const lists = await Promise.all(
    UNPUBLISHED.map((status) => deps.workflow.listByStatus(status, PER_STATUS)),
  );
  const views: PublicationDeadlineView[] = [];
  for (const item of lists.flat()) {
    const madeOn = deadlineStart(item.draft);
    // Made after today (a date stored before it was held to today): its deadline is at least 20
    // working days away, beyond the five the list warns of, and nothing is counted for it.
    if (item.publishedAt || !madeOn || madeOn > today) continue;
    const deadline = await publicationDeadline(madeOn, read);
    const left = await workingDaysLeft(today, deadline.dueOn, read);
    const overdue = today > deadline.dueOn;
    if (!overdue && left.days > PUBLICATION_DEADLINE.warnWithinWorkingDays) continue;
    views.push({
      id: item.id,
      kind: item.draft.kind,
      title: item.draft.title,
      status: item.status,
      madeOn,
      dueOn: deadline.dueOn,
      approximate: deadline.approximate || left.approximate,
      overdue,
      workingDaysLeft: left.days,
    });
  }
  // Past deadlines first (the oldest first), then those due soonest.
  return views.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.id.localeCompare(b.id));
}
