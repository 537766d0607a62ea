import {
  IdSchema,
  QaDraftSchema,
  validate,
  type AnsweredQuestionView,
  type QaDraft,
} from '@sunshine/shared';
import { AppError, NotFoundError, ValidationError } from '../../commons/errors';
import type { QuestionStore, StoredQuestion } from '../../ports/question-store';
import { StaleWriteError } from '../../ports/stale-write';
import type { WorkflowItem } from '../../ports/workflow-store';
import { auditEntry, type AuditDeps } from '../audit/entry';
import { actorRef, type StaffActor } from '../identity/actor';
import { anonymize } from './anonymize';
import { answeredView } from './views';

const TITLE_MAX = 200;
const ANSWER_MAX = 3000;
const cut = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/**
 * The public Q&A draft of an answered question: both texts anonymized, filed where an editor
 * most often files residents' questions (服务公开, the branch office, 其他); the editor refiles
 * it, links documents and guides, and restores an official number the anonymizer hid.
 */
export function promotedDraft(
  question: StoredQuestion & { answer: NonNullable<StoredQuestion['answer']> },
): QaDraft {
  const resident = question.contact ?? {};
  const draft = {
    kind: 'qa' as const,
    title: cut(anonymize(question.text, resident), TITLE_MAX),
    answer: cut(anonymize(question.answer.text, resident), ANSWER_MAX),
    category: 'service' as const,
    office: 'general' as const,
    topic: 'other',
    tags: ['群众留言'],
    documentIds: [],
    guideIds: [],
  };
  const checked = validate(QaDraftSchema, draft);
  if (!checked.ok) throw new ValidationError(checked.issues);
  return checked.value;
}

/**
 * An editor turns a good answer into a draft of a public Q&A (转为公开问答), owned by them; it is
 * published only after review like any Q&A (先审后发). Once per question: the question keeps the
 * draft's id, and a second promotion is refused.
 */
export async function promoteQuestion(
  deps: AuditDeps & { questions: QuestionStore },
  actor: StaffActor,
  id: string,
): Promise<AnsweredQuestionView> {
  // The route admits editors only; said again here because the draft will be theirs to edit.
  if (!actor.roles.includes('editor')) throw new AppError('FORBIDDEN', '转为公开问答需要编辑角色');
  if (!validate(IdSchema, id).ok) throw new NotFoundError('该留言不存在');
  for (let attempt = 0; attempt < 3; attempt++) {
    const question = await deps.questions.get(id);
    if (!question) throw new NotFoundError('该留言不存在');
    if (question.status !== 'answered' || !question.answer)
      throw new AppError('CONFLICT', '留言答复后才能转为公开问答');
    if (question.promotedTo) throw new AppError('CONFLICT', '该留言已转为公开问答，请勿重复操作');
    const now = deps.clock.now().toISOString();
    const item: WorkflowItem = {
      id: deps.ids.next(),
      status: 'draft',
      draft: promotedDraft({ ...question, answer: question.answer }),
      editors: [actorRef(actor)],
      owner: actorRef(actor),
      createdAt: now,
      updatedAt: now,
      publishedVersion: 0,
      rev: 1,
    };
    // The summary names ids only: an audit line never carries a resident's words.
    const audit = auditEntry(
      deps,
      actor,
      'question.promote',
      { itemType: 'question', itemId: question.id },
      `留言转为公开问答草稿 ${item.id}`,
    );
    try {
      await deps.questions.promote(question, item, audit);
      return answeredView({
        ...question,
        answer: question.answer,
        promotedTo: { draftId: item.id, at: now, by: actorRef(actor) },
      });
    } catch (error) {
      // Changed meanwhile (rated, or promoted by a colleague): read again and decide again.
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
  throw new AppError('CONFLICT');
}
