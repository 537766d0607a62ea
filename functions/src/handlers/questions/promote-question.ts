import { pathParam } from '../../commons/http';
import { questionDeps } from '../../wiring/questions';
import { promoteQuestion } from '../../domain/questions/promote';
import { route } from '../route';

export const handler = route('promoteQuestion', ({ event, actor }) =>
  promoteQuestion(questionDeps(), actor, pathParam(event, 'id')),
);
