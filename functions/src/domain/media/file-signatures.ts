/**
 * Whether a file's first bytes are those of its declared type: a script renamed .png is refused.
 * Signatures from the formats' specifications (JPEG SOI, PNG, RIFF/WEBP, ISO-BMFF ftyp, MP3 ID3 or
 * frame sync, AAC ADTS).
 */
const ascii = (bytes: Uint8Array, from: number, text: string) =>
  [...text].every((c, i) => bytes[from + i] === c.charCodeAt(0));

const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b[0] === 0x89 && ascii(b, 1, 'PNG') && b[4] === 0x0d && b[5] === 0x0a,
  'image/webp': (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'),
  'video/mp4': (b) => ascii(b, 4, 'ftyp'),
  'audio/mp4': (b) => ascii(b, 4, 'ftyp'),
  'audio/mpeg': (b) => ascii(b, 0, 'ID3') || (b[0] === 0xff && ((b[1] ?? 0) & 0xe0) === 0xe0),
  'audio/aac': (b) => b[0] === 0xff && ((b[1] ?? 0) & 0xf6) === 0xf0,
};

export function matchesSignature(contentType: string, head: Uint8Array): boolean {
  return SIGNATURES[contentType]?.(head) ?? false;
}

export const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'video/mp4': 'mp4',
};
