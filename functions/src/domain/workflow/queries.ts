import type { RevisionView, WorkflowItemView, WorkflowSummaryView } from '@sunshine/shared';
import type { StaffActor } from '../identity/actor';
import type { WorkflowDeps } from './deps';
import { loadItem } from './load';
import { pendingChanges, revisionViews, workflowItemView, workflowSummaryView } from './views';

const LIST_LIMIT = 50;

/** The staff home lists: my drafts, what waits for review (and what is scheduled), or everything recent. */
export async function listWorkflowItems(
  deps: WorkflowDeps,
  actor: StaffActor,
  view: 'mine' | 'review' | 'all',
): Promise<WorkflowSummaryView[]> {
  if (view === 'mine')
    return (await deps.workflow.listByOwner(actor.userId, LIST_LIMIT)).map(workflowSummaryView);
  if (view === 'review') {
    const [waiting, scheduled] = await Promise.all([
      deps.workflow.listByStatus('in_review', LIST_LIMIT),
      deps.workflow.listByStatus('scheduled', LIST_LIMIT),
    ]);
    // Urgent notices first (the plan's 5-hour rule); the sort is stable, so newest first after.
    const queue = [...waiting, ...scheduled].map(workflowSummaryView);
    return queue.sort((a, b) => Number(Boolean(b.urgent)) - Number(Boolean(a.urgent)));
  }
  return (await deps.workflow.listRecent(LIST_LIMIT)).map(workflowSummaryView);
}

/**
 * One item as staff see it. A new version of a published item, under review or scheduled, also
 * says what it changes from the published one: the reviewer approves a change, not a whole text
 * (one more read, of the item's revisions, only then).
 */
export async function getWorkflowItem(deps: WorkflowDeps, id: string): Promise<WorkflowItemView> {
  const item = await loadItem(deps, id);
  const view = workflowItemView(item);
  const awaiting = item.status === 'in_review' || item.status === 'scheduled';
  if (item.publishedVersion === 0 || !awaiting) return view;
  return {
    ...view,
    pendingChanges: pendingChanges(await deps.workflow.listRevisions(id), item.draft),
  };
}

export async function listRevisions(deps: WorkflowDeps, id: string): Promise<RevisionView[]> {
  await loadItem(deps, id);
  return revisionViews(await deps.workflow.listRevisions(id));
}
