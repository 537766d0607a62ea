import { AnswerQuestionInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { questionDeps } from '../../wiring/questions';
import { answerQuestion } from '../../domain/questions/questions';
import { route } from '../route';

export const handler = route('answerQuestion', ({ event, actor }) =>
  answerQuestion(
    questionDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(AnswerQuestionInputSchema, event).text,
  ),
);
