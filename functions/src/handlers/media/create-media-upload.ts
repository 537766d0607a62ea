import { MediaUploadInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { mediaDeps } from '../../wiring/media';
import { createMediaUpload } from '../../domain/media/upload';
import { route } from '../route';

export const handler = route('createMediaUpload', ({ event }) =>
  createMediaUpload(mediaDeps(), parseBody(MediaUploadInputSchema, event)),
);
