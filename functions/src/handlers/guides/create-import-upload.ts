import { ImportUploadInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { importDeps } from '../../wiring/guides';
import { createImportUpload } from '../../domain/guides/import-upload';
import { route } from '../route';

export const handler = route('createImportUpload', ({ event }) =>
  createImportUpload(importDeps(), parseBody(ImportUploadInputSchema, event)),
);
