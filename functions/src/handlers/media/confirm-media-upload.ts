import { MediaConfirmInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { mediaDeps } from '../../wiring/media';
import { confirmMediaUpload } from '../../domain/media/upload';
import { route } from '../route';

export const handler = route('confirmMediaUpload', ({ event, actor }) =>
  confirmMediaUpload(mediaDeps(), actor, parseBody(MediaConfirmInputSchema, event).key),
);
