// Compression of the H5 build's text files for the local web server, as CloudFront compresses them
// in AWS (serverless.yml: Compress: true). Without it the first screen moved 518 KB; brotli moves
// about a quarter of that. Each file is compressed once, on its first request, and kept in memory
// (the build is ~9 MB of text, ~2 MB compressed) until the file changes (a rebuild).
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Below this a compressed body saves less than its headers and a round of CPU cost. */
export const MIN_COMPRESSED_SIZE = 1024;

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

/**
 * Brotli quality 5: app.js (281 KB) in ~6 ms to 87 KB; quality 11 saves another 9% but takes
 * ~0.5 s a file, which the first visitor (or the first e2e test) would wait for.
 */
const ENCODERS = {
  br: (body) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipped(body, { level: 6 }),
};

/** Whether a file of this type and size is worth compressing (images and fonts already are). */
export function isCompressible(contentType, size) {
  return COMPRESSIBLE.test(contentType) && size >= MIN_COMPRESSED_SIZE;
}

/**
 * The encoding to answer an Accept-Encoding with: br before gzip (smaller), neither if the client
 * names neither or refuses it with q=0.
 */
export function chooseEncoding(acceptEncoding = '') {
  const accepted = new Map(
    String(acceptEncoding)
      .split(',')
      .map((part) => {
        const [name, ...params] = part.trim().toLowerCase().split(';');
        const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
        return [name, q === undefined ? 1 : Number(q)];
      }),
  );
  const acceptable = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  return ['br', 'gzip'].find(acceptable);
}

/** Compressed bodies by file, encoding and version (mtime and size), shared by concurrent requests. */
export function createCompressedCache() {
  const cache = new Map();
  return (file, { mtimeMs, size }, encoding) => {
    const key = `${encoding}:${file}`;
    const version = `${mtimeMs}:${size}`;
    const cached = cache.get(key);
    if (cached?.version === version) return cached.body;
    const body = readFile(file).then((plain) => ENCODERS[encoding](plain));
    cache.set(key, { version, body });
    // A failure is not kept: the next request tries again (and this one is served plain).
    body.catch(() => cache.get(key)?.body === body && cache.delete(key));
    return body;
  };
}
