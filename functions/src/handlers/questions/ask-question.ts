import { AskQuestionInputSchema } from '@sunshine/shared';
import { parseBody, sourceIp } from '../../commons/http';
import { questionDeps } from '../../wiring/questions';
import { askQuestion } from '../../domain/questions/questions';
import { route } from '../route';

export const handler = route('askQuestion', ({ event, actor }) =>
  askQuestion(questionDeps(), actor, parseBody(AskQuestionInputSchema, event), {
    ip: sourceIp(event),
  }),
);
