import { questionDeps } from '../../wiring/questions';
import { listAnswerRatings } from '../../domain/questions/rate-answer';
import { route } from '../route';

export const handler = route('listAnswerRatings', () => listAnswerRatings(questionDeps()));
