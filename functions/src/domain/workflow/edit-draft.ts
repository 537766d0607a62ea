import { chinaDate, type ContentDraft, type WorkflowItemView } from '@sunshine/shared';
import { AppError, ValidationError } from '../../commons/errors';
import { DuplicateCodeError, type WorkflowItem } from '../../ports/workflow-store';
import { auditEntry } from '../audit/entry';
import { requireConfirmedMedia } from '../media/draft-media';
import { requireKnownTopic } from '../topics/topics';
import { requireOpenConcern } from '../concerns/attach';
import { officeListOf, requireKnownOffice } from '../bureau/offices';
import { snapshotReport, withoutReportFigures } from '../report/snapshot';
import { findReportItem, reportItemsOf } from '../report/figures';
import { actorRef, type StaffActor } from '../identity/actor';
import type { WorkflowDeps } from './deps';
import { changedLabels, diffDrafts } from './diff';
import { loadItem, requireStatus } from './load';
import { workflowItemView } from './views';

/** Save a draft; a 事项编码 another guide holds is a problem of that field. */
async function saveDraft(
  deps: WorkflowDeps,
  ...args: Parameters<WorkflowDeps['workflow']['save']>
) {
  try {
    await deps.workflow.save(...args);
  } catch (error) {
    if (error instanceof DuplicateCodeError)
      throw new ValidationError([
        { field: 'code', message: `事项编码「${error.code}」已被其他办事指南使用` },
      ]);
    throw error;
  }
}

/** A draft names one of the bureau's offices (the profile, one GetItem; an import's list as read). */
async function requireDraftOffice(deps: WorkflowDeps, draft: ContentDraft) {
  requireKnownOffice(await (deps.offices ?? officeListOf(deps.bureau))(), draft.office);
}

/**
 * A year has one annual report: a second would be published beside the first, and the staff
 * report page would follow only the newest. `id`: the item being saved, which may keep its year.
 */
async function requireOnlyReportOfYear(deps: WorkflowDeps, draft: ContentDraft, id?: string) {
  if (draft.kind !== 'annual_report') return;
  const existing = await findReportItem(deps.workflow, draft.year);
  if (existing && existing.id !== id)
    throw new AppError('CONFLICT', `${draft.year}年度报告已存在，请在原稿上修改`);
}

/** An editor starts a new item of any kind as a draft. */
export async function createDraft(
  deps: WorkflowDeps,
  actor: StaffActor,
  input: ContentDraft,
): Promise<WorkflowItemView> {
  const draft = withoutReportFigures(input);
  await requireConfirmedMedia(deps.media, draft);
  await requireKnownTopic(deps.topics, draft);
  await requireDraftOffice(deps, draft);
  await requireOpenConcern(deps.concerns, draft);
  await requireOnlyReportOfYear(deps, draft);
  const now = deps.clock.now().toISOString();
  const item: WorkflowItem = {
    id: deps.ids.next(),
    status: 'draft',
    draft,
    editors: [actorRef(actor)],
    owner: actorRef(actor),
    createdAt: now,
    updatedAt: now,
    publishedVersion: 0,
    rev: 1,
  };
  await saveDraft(
    deps,
    item,
    auditEntry(
      deps,
      actor,
      'content.create',
      { itemType: draft.kind, itemId: item.id },
      `新建「${draft.title}」`,
    ),
  );
  return workflowItemView(item);
}

/**
 * An editor changes a draft, a returned draft, or a published or withdrawn item (which starts
 * the next version; the live one stays until it is published). Items under review or scheduled
 * must be returned first, so a reviewer never approves something that changed under them.
 */
export async function updateDraft(
  deps: WorkflowDeps,
  actor: StaffActor,
  id: string,
  input: ContentDraft,
): Promise<WorkflowItemView> {
  const draft = withoutReportFigures(input);
  const before = await loadItem(deps, id);
  requireStatus(before, ['draft', 'returned', 'published', 'withdrawn'], '修改（请先退回）');
  await requireConfirmedMedia(deps.media, draft);
  await requireKnownTopic(deps.topics, draft);
  await requireDraftOffice(deps, draft);
  await requireOpenConcern(deps.concerns, draft, before);
  // An item keeps its kind: its public address, links and history depend on it.
  if (draft.kind !== before.draft.kind)
    throw new AppError('CONFLICT', '稿件类型不能更改，请新建稿件');
  await requireOnlyReportOfYear(deps, draft, id);
  const changes = diffDrafts(before.draft, draft, { segments: false });
  // Saving what is already there changes nothing and is not an action worth an audit line.
  if (changes.length === 0) return workflowItemView(before);
  const startsNewVersion = before.status === 'published' || before.status === 'withdrawn';
  const editors = startsNewVersion ? [] : before.editors;
  const after: WorkflowItem = {
    ...before,
    status: 'draft',
    draft,
    editors: editors.some((editor) => editor.userId === actor.userId)
      ? editors
      : [...editors, actorRef(actor)],
    updatedAt: deps.clock.now().toISOString(),
    rev: before.rev + 1,
  };
  await saveDraft(
    deps,
    after,
    auditEntry(
      deps,
      actor,
      'content.update',
      { itemType: draft.kind, itemId: id },
      `修改「${draft.title}」：${changedLabels(changes)}`,
    ),
  );
  return workflowItemView(after);
}

/** An editor sends a draft to review. */
export async function submitForReview(
  deps: WorkflowDeps,
  actor: StaffActor,
  id: string,
): Promise<WorkflowItemView> {
  const before = await loadItem(deps, id);
  requireStatus(before, ['draft', 'returned'], '提交审核');
  // Again here: a draft saved before its files were held to their check goes to no reviewer.
  await requireConfirmedMedia(deps.media, before.draft);
  const draft = await withReportSnapshot(deps, id, before.draft);
  const now = deps.clock.now().toISOString();
  const after: WorkflowItem = {
    ...before,
    draft,
    status: 'in_review',
    submittedAt: now,
    updatedAt: now,
    rev: before.rev + 1,
  };
  await deps.workflow.save(
    after,
    auditEntry(
      deps,
      actor,
      'content.submit',
      { itemType: before.draft.kind, itemId: id },
      `提交审核「${before.draft.title}」`,
    ),
  );
  return workflowItemView(after);
}

/**
 * An annual report goes to review with its tables computed at that moment (so what is reviewed is
 * what is published), only once its year is over (before, its figures are not final), and only
 * while no other report of the year is in review or published.
 */
async function withReportSnapshot(
  deps: WorkflowDeps,
  id: string,
  draft: ContentDraft,
): Promise<ContentDraft> {
  if (draft.kind !== 'annual_report') return draft;
  const thisYear = Number(chinaDate(deps.clock.now()).slice(0, 4));
  if (draft.year >= thisYear)
    throw new ValidationError([
      {
        field: 'year',
        message: `${draft.year}年度报告须在该年度结束后（${draft.year + 1}年1月1日起）提交审核`,
      },
    ]);
  // Two drafts of a year saved before a year had one: the first to go to review is the report.
  const others = (await reportItemsOf(deps.workflow, draft.year)).filter(
    (item) => item.id !== id && (item.publishedAt || !['draft', 'returned'].includes(item.status)),
  );
  if (others.length > 0)
    throw new AppError('CONFLICT', `${draft.year}年度报告已有一稿在审核或已发布，请在该稿上修改`);
  if (!deps.reportSources) throw new Error('annual report submitted without its report sources');
  return snapshotReport(deps.reportSources, draft);
}
