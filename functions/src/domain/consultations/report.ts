import { reportRelease } from '../notifications/follow-ups';
import {
  consultationPhase,
  officeName,
  GENERAL_SECTION,
  type ConsultationReport,
  type PublishedConsultation,
} from '@sunshine/shared';
import { AppError } from '../../commons/errors';
import type { StoredComment } from '../../ports/comment-store';
import { auditEntry } from '../audit/entry';
import type { StaffActor } from '../identity/actor';
import { findConsultation } from './comments';
import type { ModerationDeps } from './moderation';

const EXCERPT = 80;
const excerpt = (text: string) => {
  const flat = [...text.replace(/\s+/g, ' ').trim()];
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT).join('')}…` : flat.join('');
};

/** Every comment of a consultation, page by page (a consultation draws hundreds, not millions). */
async function allComments(
  deps: Pick<ModerationDeps, 'comments'>,
  consultationId: string,
): Promise<StoredComment[]> {
  const comments: StoredComment[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.comments.listAll(consultationId, cursor, 500);
    comments.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return comments;
}

/**
 * 意见收集和采纳情况 from the comments as decided: counts, and per part of the draft (in the
 * draft's order, comments on the whole first) each shown comment in short with its decision and
 * reason. Names and contacts never enter it.
 */
export function buildReport(
  consultation: PublishedConsultation,
  comments: readonly StoredComment[],
  summary: string,
  publishedAt: string,
): ConsultationReport {
  const shown = comments.filter((comment) => comment.status === 'approved');
  const count = (decision: string) =>
    shown.filter((comment) => comment.decision?.decision === decision).length;
  const order = [GENERAL_SECTION, ...consultation.sections];
  const sections = order
    .map((section) => ({
      section,
      items: shown
        .filter((comment) => (comment.section ?? GENERAL_SECTION) === section)
        .map((comment) => ({
          excerpt: excerpt(comment.text),
          decision: comment.decision!.decision,
          reason: comment.decision!.reason,
        })),
    }))
    .filter((section) => section.items.length > 0);
  return {
    publishedAt,
    summary,
    counts: {
      received: comments.length,
      published: shown.length,
      adopted: count('adopted'),
      partly: count('partly'),
      notAdopted: count('not_adopted'),
    },
    sections,
  };
}

/**
 * After closing, a reviewer publishes the report on the consultation page. Every comment must be
 * reviewed and every shown one decided first, so the report accounts for all of them. Once only.
 */
export async function publishConsultationReport(
  deps: ModerationDeps,
  actor: StaffActor,
  consultationId: string,
  summary: string,
): Promise<ConsultationReport> {
  const consultation = await findConsultation(deps.content, consultationId);
  const now = deps.clock.now();
  if (consultationPhase(consultation, now) !== 'closed')
    throw new AppError('CONFLICT', `征求意见截止（${consultation.closesOn}）后才能公布采纳情况`);
  const comments = await allComments(deps, consultationId);
  const waiting = comments.filter(
    (comment) => comment.status === 'pending' || comment.status === 'held',
  ).length;
  if (waiting) throw new AppError('CONFLICT', `还有 ${waiting} 条意见未审核，请审核后再公布`);
  const undecided = comments.filter(
    (comment) => comment.status === 'approved' && !comment.decision,
  ).length;
  if (undecided)
    throw new AppError('CONFLICT', `还有 ${undecided} 条意见未记录采纳情况，请记录后再公布`);
  const report = buildReport(consultation, comments, summary, now.toISOString());
  const release =
    deps.templates &&
    reportRelease(
      consultation,
      deps.templates,
      deps.ids.next(),
      report.publishedAt,
      officeName(consultation.office, await deps.offices?.()),
    );
  const audit = auditEntry(
    deps,
    actor,
    'consultation.report',
    { itemType: 'consultation', itemId: consultationId },
    `公布意见采纳情况（收到 ${report.counts.received} 条）`,
  );
  const outcome = await deps.comments.publishReport(consultationId, report, audit, release);
  if (outcome === 'exists') throw new AppError('CONFLICT', '采纳情况已公布');
  if (outcome === 'withdrawn') throw new AppError('WITHDRAWN', '该征求意见已撤回');
  await deps.publicCache?.itemChanged(consultationId);
  if (release) await deps.kickReleases?.();
  return report;
}
