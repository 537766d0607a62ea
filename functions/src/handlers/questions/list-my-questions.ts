import { questionDeps } from '../../wiring/questions';
import { listMyQuestions } from '../../domain/questions/questions';
import { route } from '../route';

export const handler = route('listMyQuestions', ({ actor }) =>
  listMyQuestions(questionDeps(), actor),
);
