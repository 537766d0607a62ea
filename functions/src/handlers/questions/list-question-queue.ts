import { questionDeps } from '../../wiring/questions';
import { listQuestionQueue } from '../../domain/questions/questions';
import { route } from '../route';

export const handler = route('listQuestionQueue', () => listQuestionQueue(questionDeps()));
