import { announcement, needsPreviousVersion, releaseFor } from '../notifications/release-for';
import {
  officeName,
  profileOffices,
  type PublishedContent,
  type WorkflowItemView,
} from '@sunshine/shared';
import { AppError } from '../../commons/errors';
import { logger } from '../../commons/logger';
import { UnavailableReferenceError, type WorkflowItem } from '../../ports/workflow-store';
import { ConcernClosedError } from '../../ports/concern-store';
import { auditEntry } from '../audit/entry';
import { actorRef, SYSTEM_ACTOR, type StaffActor } from '../identity/actor';
import type { WorkflowDeps } from './deps';
import { loadItem, requireStatus } from './load';
import { indexNumbering } from './index-number';
import { latePublication } from './publication-deadline';
import { countedGroundOf } from '../negative-list/counted-ground';
import { workflowItemView } from './views';
import { CONCERN_CLOSED_MESSAGE, concernEntryOf } from '../concerns/attach';

/** A publish time this close to now is treated as "now". */
const SCHEDULE_MIN_LEAD_MS = 60_000;

/** Four eyes: nobody approves a version they edited. */
function requireNotAnEditor(item: WorkflowItem, actor: StaffActor) {
  if (item.editors.some((editor) => editor.userId === actor.userId)) {
    throw new AppError('FORBIDDEN', '您编辑过此稿，不能审核本稿（四眼原则）');
  }
}

/** A reviewer sends a draft back with comments; a scheduled item can be called back the same way. */
export async function returnDraft(
  deps: WorkflowDeps,
  actor: StaffActor,
  id: string,
  comment: string,
): Promise<WorkflowItemView> {
  const before = await loadItem(deps, id);
  requireStatus(before, ['in_review', 'scheduled'], '退回');
  const now = deps.clock.now().toISOString();
  const after: WorkflowItem = {
    ...before,
    status: 'returned',
    review: { by: actorRef(actor), at: now, comment },
    publishAt: undefined,
    scheduledBy: undefined,
    updatedAt: now,
    rev: before.rev + 1,
  };
  await deps.workflow.save(
    after,
    auditEntry(
      deps,
      actor,
      'content.return',
      { itemType: before.draft.kind, itemId: id },
      `退回「${before.draft.title}」：${comment}`,
    ),
  );
  return workflowItemView(after);
}

/** Publish the pending version now: a new revision, and what residents read. */
async function publishNow(
  deps: WorkflowDeps,
  actor: StaffActor,
  before: WorkflowItem,
  summary: string,
): Promise<WorkflowItem> {
  const now = deps.clock.now().toISOString();
  const version = before.publishedVersion + 1;
  const content: PublishedContent = {
    id: before.id,
    ...before.draft,
    // The first publication date stays; a later version shows as updated.
    publishedAt: before.publishedAt ?? now,
    updatedAt: now,
    demo: false,
    // So does the 索引号: a first publication (or an item from before numbering) takes the next.
    ...(before.indexNumber && { indexNumber: before.indexNumber }),
  };
  // Whether a later version is news depends on the one before it (a guide's fee, a document's disclosure).
  const previous =
    deps.templates && version > 1 && needsPreviousVersion(content.kind)
      ? await previousVersion(deps, before)
      : undefined;
  // Published again after a withdrawal: its first release stopped there, so it is news again.
  const republished = before.status === 'withdrawn' || before.withdrawal !== undefined;
  const news =
    deps.templates !== undefined &&
    announcement(content, version, previous, republished) !== undefined;
  // One read serves both: the 索引号 of a first publication, the office's name in its release.
  const profile = !before.indexNumber || news ? await deps.bureau?.get() : undefined;
  const numbering = before.indexNumber
    ? undefined
    : indexNumbering(profile, new Date(content.publishedAt));
  const late = await latePublication(deps.calendars, before, new Date(content.publishedAt));
  const countedGround = countedGroundOf(content);
  // A release answering a concern goes into its thread (a closed concern refuses it).
  const concern = await concernEntryOf(deps.concerns, content, version);
  const after: WorkflowItem = {
    ...before,
    countedGround,
    status: 'published',
    publishedVersion: version,
    publishedAt: content.publishedAt,
    publishAt: undefined,
    scheduledBy: undefined,
    withdrawal: undefined,
    updatedAt: now,
    rev: before.rev + 1,
  };
  const release =
    deps.templates &&
    releaseFor(
      content,
      version,
      deps.templates,
      deps.ids.next(),
      now,
      officeName(content.office, profileOffices(profile)),
      { previous, concernLevel: concern?.level, republished },
    );
  const indexNumber = await publishOrExplain(
    deps,
    after,
    { version, publishedAt: now, publishedBy: before.scheduledBy ?? actorRef(actor), content },
    auditEntry(
      deps,
      actor,
      'content.publish',
      { itemType: before.draft.kind, itemId: before.id },
      `${summary}「${before.draft.title}」第 ${version} 版`,
    ),
    release,
    numbering,
    {
      late,
      withholding: { from: before.countedGround, to: countedGround },
      ...(concern && { concern: { concernId: concern.concernId, entry: concern.entry } }),
    },
  );
  // Committed: the fan-out may start now rather than at its next scheduled run.
  if (release) await deps.kickReleases?.();
  return { ...after, ...(indexNumber && { indexNumber }) };
}

/** The content of the version now published, which this publication replaces (pattern 162). */
async function previousVersion(
  deps: WorkflowDeps,
  before: WorkflowItem,
): Promise<PublishedContent | undefined> {
  const revisions = await deps.workflow.listRevisions(before.id);
  return revisions.find((revision) => revision.version === before.publishedVersion)?.content;
}

/** A version may only link documents residents can read: say which one is not. */
async function publishOrExplain(
  deps: WorkflowDeps,
  ...args: Parameters<WorkflowDeps['workflow']['publish']>
) {
  try {
    return await deps.workflow.publish(...args);
  } catch (error) {
    if (error instanceof ConcernClosedError) throw new AppError('CONFLICT', CONCERN_CLOSED_MESSAGE);
    if (error instanceof UnavailableReferenceError) {
      throw new AppError(
        'CONFLICT',
        `关联的政策文件（编号 ${error.documentId}）尚未公开发布或已撤回，请先发布该文件或取消关联`,
      );
    }
    throw error;
  }
}

/** A reviewer who did not edit the draft approves it: published now, or scheduled for later. */
export async function publishItem(
  deps: WorkflowDeps,
  actor: StaffActor,
  id: string,
  publishAt?: string,
): Promise<WorkflowItemView> {
  const before = await loadItem(deps, id);
  requireStatus(before, ['in_review'], '发布');
  requireNotAnEditor(before, actor);
  const now = deps.clock.now();
  if (publishAt && Date.parse(publishAt) - now.getTime() > SCHEDULE_MIN_LEAD_MS) {
    const after: WorkflowItem = {
      ...before,
      status: 'scheduled',
      publishAt: new Date(publishAt).toISOString(),
      scheduledBy: actorRef(actor),
      updatedAt: now.toISOString(),
      rev: before.rev + 1,
    };
    await deps.workflow.save(
      after,
      auditEntry(
        deps,
        actor,
        'content.schedule',
        { itemType: before.draft.kind, itemId: id },
        `定时发布「${before.draft.title}」于 ${after.publishAt}`,
      ),
    );
    return workflowItemView(after);
  }
  const after = await publishNow(deps, actor, before, '发布');
  await deps.publicCache?.contentChanged();
  return workflowItemView(after);
}

/** Publish every scheduled item whose time has come. Run every minute. */
export async function publishDue(deps: WorkflowDeps): Promise<string[]> {
  const now = deps.clock.now().getTime();
  const due = (await deps.workflow.listByStatus('scheduled', 100)).filter(
    (item) => item.publishAt && Date.parse(item.publishAt) <= now,
  );
  const published: string[] = [];
  for (const item of due) {
    // One item that cannot go out (its linked document was withdrawn meanwhile) must not hold
    // back the others; it stays scheduled and visible to reviewers, who return or fix it.
    try {
      await publishNow(
        deps,
        SYSTEM_ACTOR,
        item,
        `按 ${item.scheduledBy?.displayName ?? '审核人'} 设定的时间发布`,
      );
      published.push(item.id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      logger.warn('scheduled item not published', { itemId: item.id, reason: error.message });
    }
  }
  if (published.length) await deps.publicCache?.contentChanged(); // once for the run, not per item
  return published;
}

/** A reviewer withdraws a published item with a public reason; it leaves every public list. */
export async function withdrawItem(
  deps: WorkflowDeps,
  actor: StaffActor,
  id: string,
  reason: string,
): Promise<WorkflowItemView> {
  const before = await loadItem(deps, id);
  requireStatus(before, ['published'], '撤回');
  const now = deps.clock.now().toISOString();
  const after: WorkflowItem = {
    ...before,
    status: 'withdrawn',
    withdrawal: { reason, at: now },
    // A withdrawn document leaves the library, and so the negative list's count.
    countedGround: undefined,
    updatedAt: now,
    rev: before.rev + 1,
  };
  await deps.workflow.withdraw(
    after,
    auditEntry(
      deps,
      actor,
      'content.withdraw',
      { itemType: before.draft.kind, itemId: id },
      `撤回「${before.draft.title}」：${reason}`,
    ),
    { from: before.countedGround },
  );
  await deps.publicCache?.contentChanged();
  return workflowItemView(after);
}
