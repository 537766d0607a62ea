import { IMPORT_MAX_BYTES, type ImportFormat, type ImportUploadView } from '@sunshine/shared';
import type { ImportDeps } from './import-guides';

const CONTENT_TYPES: Record<ImportFormat, string> = { csv: 'text/csv', json: 'application/json' };

/** Where an editor uploads a catalogue file: private storage under imports/, read only by the import. */
export async function createImportUpload(
  deps: Pick<ImportDeps, 'files' | 'ids'>,
  input: { format: ImportFormat; size: number },
): Promise<ImportUploadView> {
  const key = `imports/${deps.ids.next()}.${input.format}`;
  const upload = await deps.files.presignUpload({
    key,
    contentType: CONTENT_TYPES[input.format],
    maxBytes: IMPORT_MAX_BYTES,
  });
  return { key, upload };
}
