import {
  consultationPhase,
  GENERAL_SECTION,
  IdSchema,
  validate,
  type MyComment,
  type Page,
  type PublicComment,
  type PublishedConsultation,
  type StaffComment,
  type SubmitCommentInput,
} from '@sunshine/shared';
import { AppError, NotFoundError, ValidationError } from '../../commons/errors';
import type { ContentCheck } from '../../ports/content-check';
import type { ContentStore } from '../../ports/content-store';
import type { CommentStore, StoredComment } from '../../ports/comment-store';
import type { SubmissionGate } from '../../ports/submission-guard';
import type { UserStore } from '../../ports/user-store';
import type { AuditDeps } from '../audit/entry';
import type { Actor } from '../identity/actor';
import { readPage } from '../paging';
import { admitSubmission, clientKeyUse, limitedOr, sameSubmission } from '../submissions/gate';

export interface CommentDeps extends AuditDeps {
  comments: CommentStore;
  content: ContentStore;
  contentCheck: ContentCheck;
  users: UserStore;
  submissions: SubmissionGate;
}

/**
 * The hour's limits: a person's comments on a counter of their own (commenting clause by clause on
 * a long draft is normal), the address's shared with every submission (a meeting may share one Wi-Fi).
 */
const LIMITS = { perPersonPerHour: 20, perAddressPerHour: 60, counter: 'COMMENT' };
const NOT_FOUND = '该征求意见不存在或未公开';

/**
 * The published consultation of an id, or a 404 a person understands. Its public copy alone, read
 * strongly consistent (one GetItem), so a withdrawal takes its comments with it the moment it
 * committed, not after a replica catches up.
 */
export async function findConsultation(
  content: ContentStore,
  id: string,
): Promise<PublishedConsultation> {
  if (!validate(IdSchema, id).ok) throw new NotFoundError(NOT_FOUND);
  const item = await content.publishedItem(id);
  if (!item || item.kind !== 'consultation') throw new NotFoundError(NOT_FOUND);
  if (item.withdrawal) throw new AppError('WITHDRAWN', '该征求意见已撤回');
  return item;
}

export function myComment({
  id,
  consultationId,
  consultationTitle,
  text,
  section,
  status,
  reason,
  decision,
  at,
  approvedAt,
}: StoredComment): MyComment {
  return {
    id,
    consultationId,
    ...(consultationTitle && { consultationTitle }),
    text,
    ...(section && { section }),
    at: approvedAt ?? at,
    status,
    ...(reason && { reason }),
    ...(decision && { decision: { decision: decision.decision, reason: decision.reason } }),
  };
}

export function staffComment(comment: StoredComment): StaffComment {
  return {
    ...myComment(comment),
    at: comment.at,
    ...(comment.name && { name: comment.name }),
    ...(comment.contact && { contact: comment.contact }),
    heldForCheck: comment.heldForCheck,
    answers: comment.answers,
    rev: comment.rev,
  };
}

/** Answers must name options the consultation has, at most one for a single-choice question. */
function checkAnswers(consultation: PublishedConsultation, answers: number[][]): number[][] {
  if (answers.length > consultation.questions.length)
    throw new ValidationError([
      { field: 'answers', message: '选择题答案与草案不符，请刷新后重试' },
    ]);
  return consultation.questions.map((question, index) => {
    const chosen = [...new Set(answers[index] ?? [])].sort((a, b) => a - b);
    if (chosen.some((option) => option >= question.options.length))
      throw new ValidationError([
        { field: `answers.${index}`, message: '选择题答案与草案不符，请刷新后重试' },
      ]);
    if (!question.multiple && chosen.length > 1)
      throw new ValidationError([
        { field: `answers.${index}`, message: `“${question.prompt}”只能选一项` },
      ]);
    return chosen;
  });
}

/**
 * A resident comments on an open consultation. Nothing is shown before staff approve it
 * (先审后发); WeChat's check refuses risky text and marks for staff what it could not clear, never
 * dropping it. A retry, or a person or address at the hour's limit, is answered before that check
 * costs a WeChat call. One comment per client key, whatever the retries.
 */
export async function submitComment(
  deps: CommentDeps,
  actor: Actor,
  consultationId: string,
  input: SubmitCommentInput,
  origin: { ip?: string } = {},
): Promise<MyComment & { answersCounted: boolean }> {
  const consultation = await findConsultation(deps.content, consultationId);
  const now = deps.clock.now();
  const phase = consultationPhase(consultation, now);
  if (phase === 'upcoming')
    throw new AppError(
      'CONFLICT',
      `本次征求意见将于 ${consultation.opensOn} 开始，届时欢迎提出意见`,
    );
  if (phase === 'closed')
    throw new AppError('CONFLICT', `本次征求意见已于 ${consultation.closesOn} 截止，不再接收意见`);
  const section = input.section && input.section !== GENERAL_SECTION ? input.section : undefined;
  if (section && !consultation.sections.includes(section))
    throw new ValidationError([{ field: 'section', message: '所选条款不在本草案中，请重新选择' }]);
  const answers = checkAnswers(consultation, input.answers);

  const { clientKey, ...sent } = input;
  const use = clientKeyUse(deps.submissions, 'comment', {
    consultationId: consultation.id,
    ...sent,
  });
  const source = { userId: actor.userId, ip: origin.ip };
  /** The comment a client key already names, as its commenter sees it. */
  const earlier = async (id: string) => {
    const first = await deps.comments.get(consultation.id, id);
    if (!first || first.commenterId !== actor.userId) throw new AppError('CLIENT_KEY_REUSED');
    return {
      ...myComment(first),
      answersCounted: first.answers.some((chosen) => chosen.length > 0),
    };
  };
  const retried = await admitSubmission(deps.submissions, {
    clientKey,
    use,
    source,
    limits: LIMITS,
    at: now,
  });
  if (retried) return earlier(retried.id);

  const user = await deps.users.get(actor.userId);
  // Only the text that would be published: the name and contact are for staff, never sent to WeChat.
  const verdict = user
    ? await deps.contentCheck.check({ text: input.text, openid: user.openid })
    : 'unavailable';
  if (verdict === 'risky')
    throw new ValidationError([{ field: 'text', message: '内容含有不适宜的信息，请修改后再提交' }]);
  const comment: StoredComment = {
    id: deps.ids.next(),
    consultationId: consultation.id,
    consultationTitle: consultation.title,
    commenterId: actor.userId,
    text: input.text,
    ...(section && { section }),
    answers,
    ...(input.name && { name: input.name }),
    ...(input.contact && { contact: input.contact }),
    status: verdict === 'pass' ? 'pending' : 'held',
    heldForCheck: verdict !== 'pass',
    at: now.toISOString(),
    rev: 1,
  };
  const outcome = await deps.comments
    .submit(comment, clientKey, use, source, LIMITS)
    .catch((error: unknown) => {
      throw limitedOr(error, now);
    });
  if ('created' in outcome)
    return { ...myComment(comment), answersCounted: outcome.answersCounted };
  // A copy sent at the same moment stored it first: the same answer, if it is the same comment.
  return earlier(sameSubmission(outcome.existing, use).id);
}

/**
 * The approved comments of a consultation, as anyone reads them: only while it is published. A
 * withdrawn one takes its comments with it (410, as its page); they stay for staff and the report.
 * The consultation and the page are read side by side.
 */
export async function listPublicComments(
  deps: Pick<CommentDeps, 'comments' | 'content'>,
  consultationId: string,
  cursor: string | undefined,
  limit: number,
): Promise<Page<PublicComment>> {
  if (!validate(IdSchema, consultationId).ok) throw new NotFoundError(NOT_FOUND);
  const [, page] = await Promise.all([
    findConsultation(deps.content, consultationId),
    readPage(() => deps.comments.listPublic(consultationId, cursor, limit)),
  ]);
  return page;
}

export async function listMyComments(
  deps: Pick<CommentDeps, 'comments'>,
  actor: Actor,
): Promise<MyComment[]> {
  return (await deps.comments.listMine(actor.userId, 50)).map(myComment);
}
