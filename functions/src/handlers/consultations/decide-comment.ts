import { DecideCommentInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { moderationDeps } from '../../wiring/consultations';
import { decideComment } from '../../domain/consultations/moderation';
import { route } from '../route';

export const handler = route('decideComment', ({ event, actor }) =>
  decideComment(
    moderationDeps(),
    actor,
    pathParam(event, 'id'),
    pathParam(event, 'commentId'),
    parseBody(DecideCommentInputSchema, event),
  ),
);
