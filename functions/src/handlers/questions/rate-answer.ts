import { AnswerRatingInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { questionDeps } from '../../wiring/questions';
import { rateAnswer } from '../../domain/questions/rate-answer';
import { route } from '../route';

export const handler = route('rateAnswer', ({ event, actor }) =>
  rateAnswer(
    questionDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(AnswerRatingInputSchema, event),
  ),
);
