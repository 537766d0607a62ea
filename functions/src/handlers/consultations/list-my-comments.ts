import { commentStore } from '../../wiring/consultations';
import { listMyComments } from '../../domain/consultations/comments';
import { route } from '../route';

export const handler = route('listMyComments', ({ actor }) =>
  listMyComments({ comments: commentStore() }, actor),
);
