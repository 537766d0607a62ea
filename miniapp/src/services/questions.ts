import type { AnswerRatingInput, AskQuestionInput } from '@sunshine/shared';
import { call } from './request';

export const askQuestion = (input: AskQuestionInput) => call('askQuestion', { body: input });
export const listMyQuestions = () => call('listMyQuestions');
export const rateAnswer = (id: string, input: AnswerRatingInput) =>
  call('rateAnswer', { params: { id }, body: input });
