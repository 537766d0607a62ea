import {
  IdSchema,
  validate,
  type AnswerRatingInput,
  type AnswerRatingsView,
  type MyQuestionView,
} from '@sunshine/shared';
import { AppError, NotFoundError } from '../../commons/errors';
import type { Clock } from '../../ports/clock';
import type { QuestionStore } from '../../ports/question-store';
import { StaleWriteError } from '../../ports/stale-write';
import type { Actor } from '../identity/actor';
import { myView } from './views';

/** Concurrent ratings take turns on the counters; each lost turn reads again and retries. */
const ATTEMPTS = 10;

/**
 * The resident who asked rates the answer (好差评): only their own question, only once it is
 * answered; rating again replaces the rating, and the counters of the responder and the kind
 * move with it, in the same transaction.
 */
export async function rateAnswer(
  deps: { questions: QuestionStore; clock: Clock },
  actor: Actor,
  id: string,
  input: AnswerRatingInput,
): Promise<MyQuestionView> {
  if (!validate(IdSchema, id).ok) throw new NotFoundError('该留言不存在');
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const question = await deps.questions.get(id);
    if (!question) throw new NotFoundError('该留言不存在');
    if (question.askerId !== actor.userId) throw new AppError('FORBIDDEN', '只能评价自己的留言');
    if (question.status !== 'answered' || !question.answer)
      throw new AppError('CONFLICT', '留言答复后才能评价');
    const rating = {
      score: input.score,
      problems: [...new Set(input.problems)],
      reason: input.reason,
      at: deps.clock.now().toISOString(),
    };
    try {
      await deps.questions.rate(question, rating);
      return myView({ ...question, rating });
    } catch (error) {
      if (!(error instanceof StaleWriteError)) throw error;
    }
  }
  throw new AppError('CONFLICT', '评价未能保存，请稍后重试');
}

/** Responders and admins: ratings per responder and per kind, and the latest reasons (never who gave them). */
export async function listAnswerRatings(deps: {
  questions: QuestionStore;
}): Promise<AnswerRatingsView> {
  return deps.questions.ratingTotals(100);
}
