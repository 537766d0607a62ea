import { questionDeps } from '../../wiring/questions';
import { listAnsweredQuestions } from '../../domain/questions/questions';
import { route } from '../route';

export const handler = route('listAnsweredQuestions', () => listAnsweredQuestions(questionDeps()));
