import type { ExportFileView } from '@sunshine/shared';
import { CSV_BOM, csvLine } from '../../commons/csv';
import type { ExportFiles } from '../../ports/export-files';

type Many<T> = Iterable<T> | AsyncIterable<T>;

export interface ExportFileInput {
  /** The name it downloads under; Chinese is fine (it travels RFC 5987-encoded). */
  fileName: string;
  contentType: string;
  /** The file's text, whole or in pieces as it is made. */
  body: string | Many<string>;
  /** Data rows, when the caller knows them (a CSV's header not counted); 0 otherwise. */
  rows?: number;
}

async function* piecesOf(body: string | Many<string>): AsyncIterable<string> {
  if (typeof body === 'string') yield body;
  else yield* body;
}

/**
 * Write a file to private storage and answer its short-lived link: what every staff export
 * answers (audit log, guides, comments, the service-level figures) instead of the file itself.
 */
export async function exportFile(
  files: ExportFiles,
  input: ExportFileInput,
): Promise<ExportFileView> {
  const saved = await files.save({
    fileName: input.fileName,
    contentType: input.contentType,
    body: piecesOf(input.body),
  });
  return { ...saved, fileName: input.fileName, rows: input.rows ?? 0 };
}

/** Rows are sent on in batches of about this many characters (one S3 part holds several). */
const BATCH_CHARS = 256 * 1024;

/**
 * A CSV export (UTF-8 with BOM, cells defused against formulas: commons/csv.ts) written row by
 * row as the rows are read, counting them.
 */
export async function exportCsv(
  files: ExportFiles,
  input: { fileName: string; header: readonly string[]; rows: Many<readonly string[]> },
): Promise<ExportFileView> {
  let rows = 0;
  async function* lines() {
    let batch = `${CSV_BOM}${csvLine(input.header)}`;
    for await (const row of input.rows) {
      batch += csvLine(row);
      rows++;
      if (batch.length >= BATCH_CHARS) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  }
  const view = await exportFile(files, {
    fileName: input.fileName,
    contentType: 'text/csv; charset=utf-8',
    body: lines(),
  });
  return { ...view, rows };
}

/** A JSON array written item by item, counting them. */
export async function exportJsonArray(
  files: ExportFiles,
  input: { fileName: string; items: Many<unknown> },
): Promise<ExportFileView> {
  let rows = 0;
  async function* pieces() {
    let batch = '[';
    for await (const item of input.items) {
      batch += `${rows === 0 ? '\n' : ',\n'}${JSON.stringify(item, null, 2).replace(/^/gm, '  ')}`;
      rows++;
      if (batch.length >= BATCH_CHARS) {
        yield batch;
        batch = '';
      }
    }
    yield `${batch}${rows ? '\n' : ''}]\n`;
  }
  const view = await exportFile(files, {
    fileName: input.fileName,
    contentType: 'application/json; charset=utf-8',
    body: pieces(),
  });
  return { ...view, rows };
}
