/**
 * A Content-Disposition header (RFC 6266) that names a file in Chinese: `filename*` (RFC 5987,
 * UTF-8, percent-encoded) for every current browser, and an ASCII `filename` for the rest. Header
 * values are ASCII, so the Chinese name can only travel encoded.
 */
export function contentDisposition(
  fileName: string,
  disposition: 'attachment' | 'inline' = 'attachment',
): string {
  return `${disposition}; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** encodeURIComponent leaves ' ( ) * unencoded; RFC 5987's attr-char does not allow them. */
const rfc5987 = (text: string) =>
  encodeURIComponent(text).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/** The name's ASCII letters, digits, dots, dashes and underscores; "export" where nothing is left before the extension. */
function asciiFallback(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const stem = dot > 0 ? fileName.slice(0, dot) : fileName;
  const extension = dot > 0 ? fileName.slice(dot).replace(/[^A-Za-z0-9.]/g, '') : '';
  const ascii = stem
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|-+$/g, '');
  return `${ascii || 'export'}${extension}`;
}
