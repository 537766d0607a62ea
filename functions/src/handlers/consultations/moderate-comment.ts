import { ModerateCommentInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { moderationDeps } from '../../wiring/consultations';
import { moderateComment } from '../../domain/consultations/moderation';
import { route } from '../route';

export const handler = route('moderateComment', ({ event, actor }) =>
  moderateComment(
    moderationDeps(),
    actor,
    pathParam(event, 'id'),
    pathParam(event, 'commentId'),
    parseBody(ModerateCommentInputSchema, event),
  ),
);
