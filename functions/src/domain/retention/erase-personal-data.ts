import { RETENTION, yearsAfter } from '@sunshine/shared';
import type { Clock } from '../../ports/clock';
import type { CommentStore } from '../../ports/comment-store';
import type { QuestionStore } from '../../ports/question-store';
import type { ApplicationStore } from '../../ports/application-store';
import type { WorkflowStore } from '../../ports/workflow-store';

export interface RetentionDeps {
  clock: Clock;
  workflow: Pick<WorkflowStore, 'listByKind'>;
  comments: Pick<CommentStore, 'eraseContacts'>;
  questions: Pick<QuestionStore, 'eraseContacts'>;
  applications: Pick<ApplicationStore, 'eraseContactsBefore'>;
}

const chinaToday = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Daily: erase the names and contacts residents left once their retention period is over (see
 * RETENTION). Consultations are read from the staff side, so a withdrawn one is not forgotten.
 * Idempotent: a comment already erased has nothing left to remove.
 */
export async function erasePersonalData(deps: RetentionDeps): Promise<{ comments: number; questions: number; applications: number }> {
  const today = chinaToday(deps.clock.now());
  let comments = 0;
  for await (const item of deps.workflow.listByKind('consultation')) {
    if (item.draft.kind !== 'consultation' || item.publishedVersion === 0) continue;
    if (yearsAfter(item.draft.closesOn, RETENTION.commentContactYears) >= today) continue;
    comments += await deps.comments.eraseContacts(item.id);
  }
  // A question's contact: years after its answer (or, never answered, after its deadline), in China's day.
  const questionCutoff = new Date(`${yearsAfter(today, -RETENTION.questionContactYears)}T00:00:00+08:00`).toISOString();
  const questions = await deps.questions.eraseContacts(questionCutoff);
  // An application's applicant: years after the reply (reply dates are China days).
  const applications = await deps.applications.eraseContactsBefore(yearsAfter(today, -RETENTION.applicationContactYears), deps.clock.now().toISOString());
  return { comments, questions, applications };
}
