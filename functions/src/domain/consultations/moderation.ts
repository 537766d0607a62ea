import {
  DECISION_LABELS,
  IdSchema,
  validate,
  type DecideCommentInput,
  type ModerateCommentInput,
  type Page,
  type StaffComment,
} from '@sunshine/shared';
import { AppError, NotFoundError } from '../../commons/errors';
import type { CommentStore, StoredComment } from '../../ports/comment-store';
import type { ContentStore } from '../../ports/content-store';
import type { PublicCache } from '../../ports/public-cache';
import { StaleWriteError } from '../../ports/stale-write';
import { auditEntry, type AuditDeps } from '../audit/entry';
import type { StaffActor } from '../identity/actor';
import type { NotifyDeps } from '../notifications/deps';
import { readPage } from '../paging';
import { findConsultation, staffComment } from './comments';
import type { OfficeList } from '../bureau/offices';

export interface ModerationDeps extends AuditDeps, NotifyDeps {
  comments: CommentStore;
  content: ContentStore;
  /** The CDN in front of public reads (none locally): told when a shown comment changes. */
  publicCache?: PublicCache;
  /** The bureau's offices: the report's message names the consultation's (none: built-in names). */
  offices?: OfficeList;
}

async function findComment(
  deps: Pick<ModerationDeps, 'comments'>,
  consultationId: string,
  commentId: string,
): Promise<StoredComment> {
  const comment =
    validate(IdSchema, consultationId).ok && validate(IdSchema, commentId).ok
      ? await deps.comments.get(consultationId, commentId)
      : undefined;
  if (!comment) throw new NotFoundError('该意见不存在');
  return comment;
}

const stale = (error: unknown) => {
  if (error instanceof StaleWriteError)
    throw new AppError('CONFLICT', '该意见刚被其他工作人员处理，请刷新后查看');
  throw error;
};

/** Staff read every comment of a consultation, with the name and contact a commenter left. */
export async function listConsultationComments(
  deps: ModerationDeps,
  consultationId: string,
  cursor: string | undefined,
  limit: number,
): Promise<Page<StaffComment>> {
  await findConsultation(deps.content, consultationId);
  const page = await readPage(() => deps.comments.listAll(consultationId, cursor, limit));
  return {
    items: page.items.map(staffComment),
    ...(page.nextCursor && { nextCursor: page.nextCursor }),
  };
}

/**
 * 先审后发: a reviewer shows a comment or keeps it from the public, with the reason told to the
 * commenter. Once decided either way it stays so (a shown comment cannot be unshown silently).
 */
export async function moderateComment(
  deps: ModerationDeps,
  actor: StaffActor,
  consultationId: string,
  commentId: string,
  input: ModerateCommentInput,
): Promise<StaffComment> {
  const comment = await findComment(deps, consultationId, commentId);
  if (comment.status === 'approved' || comment.status === 'rejected')
    throw new AppError('CONFLICT', '该意见已审核');
  const at = deps.clock.now().toISOString();
  const next: StoredComment = input.approve
    ? { ...comment, status: 'approved', approvedAt: at, rev: comment.rev + 1 }
    : { ...comment, status: 'rejected', reason: input.reason, rev: comment.rev + 1 };
  const summary = input.approve ? '公开意见' : `不予公开意见：${input.reason}`;
  await deps.comments
    .moderate(
      next,
      auditEntry(
        deps,
        actor,
        'comment.moderate',
        { itemType: 'consultation', itemId: consultationId },
        summary,
      ),
    )
    .catch(stale);
  return staffComment(next);
}

/** The decision on a comment (采纳, 部分采纳, 未采纳) with its reason; may be changed until the report is out. */
export async function decideComment(
  deps: ModerationDeps,
  actor: StaffActor,
  consultationId: string,
  commentId: string,
  input: DecideCommentInput,
): Promise<StaffComment> {
  const entry = await deps.content.getPublished(consultationId);
  if (entry?.report) throw new AppError('CONFLICT', '采纳情况已公布，不能再修改');
  const comment = await findComment(deps, consultationId, commentId);
  if (comment.status !== 'approved')
    throw new AppError('CONFLICT', '请先审核公开该意见，再记录采纳情况');
  const next: StoredComment = {
    ...comment,
    decision: {
      decision: input.decision,
      reason: input.reason,
      by: actor.userId,
      at: deps.clock.now().toISOString(),
    },
    rev: comment.rev + 1,
  };
  const summary = `${DECISION_LABELS[input.decision]}${input.reason ? `：${input.reason}` : ''}`;
  await deps.comments
    .decide(
      next,
      auditEntry(
        deps,
        actor,
        'comment.decide',
        { itemType: 'consultation', itemId: consultationId },
        summary,
      ),
    )
    .catch(stale);
  return staffComment(next);
}
