import { questionDeps } from '../../container';
import { listMyQuestions } from '../../domain/questions/questions';
import { route } from '../route';

export const handler = route('listMyQuestions', ({ actor }) => listMyQuestions(questionDeps(), actor));
