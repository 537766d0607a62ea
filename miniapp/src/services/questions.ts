import type { AnswerRatingInput, AskQuestionInput, MyQuestionView } from '@sunshine/shared';
import { call } from './request';

export const askQuestion = (input: AskQuestionInput) => call<MyQuestionView>('askQuestion', { body: input });
export const listMyQuestions = () => call<MyQuestionView[]>('listMyQuestions');
export const rateAnswer = (id: string, input: AnswerRatingInput) => call<MyQuestionView>('rateAnswer', { params: { id }, body: input });
