import type { ExportFileView } from '@sunshine/shared';

/**
 * An export route's answer, followed as a phone or browser follows it: the link fetched from the
 * local S3-compatible server. Answers the view, the file's text (BOM kept) and its headers.
 */
export async function downloadExport(response: { status: number; body?: { data?: unknown } }) {
  expect(response.status).toBe(200);
  const view = response.body?.data as ExportFileView;
  const file = await fetch(view.url);
  expect(file.status).toBe(200);
  const bytes = new Uint8Array(await file.arrayBuffer());
  return {
    view,
    bytes,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    headers: file.headers,
  };
}
