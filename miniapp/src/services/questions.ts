import type { AnswerRatingInput, AskQuestionInput, MyQuestionView } from '@sunshine/shared';
import { call } from './request';

/**
 * A key for one question, made when its form opens: every retry of that form sends the same key,
 * so a lost answer and a second tap never make two questions. (WeChat has no crypto.randomUUID.)
 */
export function newClientKey(): string {
  const random = Array.from({ length: 4 }, () => Math.random().toString(36).slice(2, 10)).join('');
  return `${Date.now().toString(36)}-${random}`.slice(0, 48);
}

export const askQuestion = (input: AskQuestionInput) => call<MyQuestionView>('askQuestion', { body: input });
export const listMyQuestions = () => call<MyQuestionView[]>('listMyQuestions');
export const rateAnswer = (id: string, input: AnswerRatingInput) => call<MyQuestionView>('rateAnswer', { params: { id }, body: input });
