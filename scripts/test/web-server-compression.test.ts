import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

/**
 * The web server of `npm start` (scripts/lib/web-server.mjs) compresses the H5 build's text as
 * CloudFront does in AWS, in a process of its own as in the stack, over a build of known files and
 * an API stand-in that compresses its own answers (as serverless-offline does).
 */
let web: ChildProcess;
let webPort: number;
let api: Server;
let root: string;
const SCRIPT = 'js/app.0123abcd.js';
// Text that compresses, and is well over the 1 KiB below which nothing is compressed.
const scriptText = Array.from(
  { length: 400 },
  (_, i) => `export const line${i} = "阳光政务 ${i}";\n`,
).join('');
const API_JSON = JSON.stringify({ ok: true, data: { items: ['政务公开'.repeat(200)] } });

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'web-server-compression-'));
  mkdirSync(join(root, 'js'));
  mkdirSync(join(root, 'css'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>阳光政务</title>');
  writeFileSync(join(root, SCRIPT), scriptText);
  writeFileSync(join(root, 'css', 'small.css'), '.home{color:#1E4DA1}');
  writeFileSync(join(root, 'logo.png'), randomBytes(8_000));
  writeFileSync(join(root, 'changing.js'), scriptText);
  api = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
    res.end(gzipSync(API_JSON));
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const proxies = { '/v1/': (api.address() as AddressInfo).port };
  web = spawn(
    process.execPath,
    [join(__dirname, 'support', 'serve-web.mjs'), root, JSON.stringify(proxies)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  webPort = Number(
    await new Promise<string>((resolve) =>
      createInterface({ input: web.stdout! }).once('line', resolve),
    ),
  );
});

afterAll(async () => {
  web.kill();
  await new Promise((resolve) => api.close(resolve));
});

/** The answer's headers and raw body bytes (fetch would decompress them). */
function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: webPort, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compression in the web server of npm start', () => {
  test('answers brotli when the client accepts it, a body that decompresses to the file', async () => {
    const answer = await get(`/${SCRIPT}`, { 'accept-encoding': 'gzip, deflate, br' });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers.vary).toBe('accept-encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(scriptText) / 4);
    expect(brotliDecompressSync(answer.body).toString('utf8')).toBe(scriptText);
  });

  test('answers gzip to a client that accepts gzip but not brotli', async () => {
    const answer = await get(`/${SCRIPT}`, { 'accept-encoding': 'gzip' });

    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).toString('utf8')).toBe(scriptText);
  });

  test.each([[''], ['identity'], ['br;q=0, gzip;q=0'], ['deflate']])(
    'sends the file as it is when the client accepts neither (Accept-Encoding: %j), still varying',
    async (acceptEncoding) => {
      const answer = await get(`/${SCRIPT}`, { 'accept-encoding': acceptEncoding });

      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers.vary).toBe('accept-encoding');
      expect(answer.body.toString('utf8')).toBe(scriptText);
    },
  );

  test.each([
    ['a text file under 1 KiB', '/css/small.css'],
    ['an image', '/logo.png'],
  ])('does not compress %s', async (_what, path) => {
    const answer = await get(path, { 'accept-encoding': 'br, gzip' });

    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers.vary).toBeUndefined();
  });

  test('answers HEAD with the headers of GET and no body', async () => {
    const full = await get(`/${SCRIPT}`, { 'accept-encoding': 'br' });
    const head = await get(`/${SCRIPT}`, { 'accept-encoding': 'br' }, 'HEAD');

    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(full.headers['content-length']);
    expect(head.body.length).toBe(0);
  });

  test('forwards an API answer compressed once, as the API compressed it', async () => {
    const answer = await get('/v1/content', { 'accept-encoding': 'br, gzip' });

    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(answer.body).toString('utf8')).toBe(API_JSON);
  });

  test('serves a file changed since its first request as it is now (a rebuild)', async () => {
    await get('/changing.js', { 'accept-encoding': 'br' });
    const rebuilt = `${scriptText}// rebuilt\n`;
    writeFileSync(join(root, 'changing.js'), rebuilt);

    const answer = await get('/changing.js', { 'accept-encoding': 'br' });

    expect(brotliDecompressSync(answer.body).toString('utf8')).toBe(rebuilt);
  });

  test('lets a browser keep a content-hashed script for good, and check the page every visit', async () => {
    const script = await get(`/${SCRIPT}`);
    const page = await get('/');
    const route = await get('/pages/index/index');

    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.body.toString('utf8')).toContain('阳光政务');
  });
});
