import { pathParam } from '../../commons/http';
import { getAnsweredQuestion } from '../../domain/questions/questions';
import { questionDeps } from '../../wiring/questions';
import { route } from '../route';

export const handler = route('getServiceLevelQuestion', ({ event }) =>
  getAnsweredQuestion(questionDeps(), pathParam(event, 'id')),
);
