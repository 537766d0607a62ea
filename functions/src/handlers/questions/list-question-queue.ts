import { questionDeps } from '../../container';
import { listQuestionQueue } from '../../domain/questions/questions';
import { route } from '../route';

export const handler = route('listQuestionQueue', () => listQuestionQueue(questionDeps()));
