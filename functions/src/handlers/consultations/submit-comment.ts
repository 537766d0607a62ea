import { SubmitCommentInputSchema } from '@sunshine/shared';
import { parseBody, pathParam, sourceIp } from '../../commons/http';
import { commentDeps } from '../../wiring/consultations';
import { submitComment } from '../../domain/consultations/comments';
import { route } from '../route';

export const handler = route('submitComment', ({ event, actor }) =>
  submitComment(
    commentDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(SubmitCommentInputSchema, event),
    { ip: sourceIp(event) },
  ),
);
