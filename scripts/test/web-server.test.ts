import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { freePort } from './support/listening';

// The real WeChat sandbox behind the web server's /sandbox/ proxy, as under `npm start`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../sandbox/wechat-sandbox');

/**
 * The web server of `npm start` (scripts/lib/web-server.mjs), in a process of its own as in the
 * stack: it serves the H5 build and forwards /sandbox/ to a real sandbox, /v1/ and /media to a port
 * where nothing answers (so the forwarding's failure path is exercised too).
 */
let web: ChildProcess;
let webPort: number;
let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'web-server-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>阳光政务</title>');
  sandbox = createSandbox();
  const { port: sandboxPort } = await sandbox.listen(0);
  const nobody = await freePort();
  const proxies = { '/v1/': nobody, '/sandbox/': sandboxPort, '/media': nobody };
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
  await sandbox.close();
});

const stillServing = async () =>
  web.exitCode === null &&
  web.signalCode === null &&
  (await fetch(`http://127.0.0.1:${webPort}/`)).status === 200;

/**
 * Send `head` (request line and headers, CRLF-separated, without the blank line; with
 * `connection: close`, so the server ends the connection after its answer) and a body as raw bytes,
 * as a browser or anything else on the machine could, and resolve with the answer and its status
 * (undefined if the connection ended without one).
 */
function rawRequest(head: string, body = ''): Promise<{ status?: number; text: string }> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: webPort });
    let text = '';
    const done = () => {
      socket.destroy();
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3}) /.exec(text)?.[1]) || undefined, text });
    };
    socket.setTimeout(5_000, done);
    socket.on('data', (chunk) => (text += chunk.toString('latin1')));
    socket.on('end', done);
    socket.on('error', done);
    socket.write(Buffer.from(`${head}\r\n\r\n${body}`, 'latin1'));
  });
}

describe('the web server of npm start', () => {
  test('answers 400 with a message to a path that is not valid percent-encoding, and keeps serving', async () => {
    const answer = await fetch(`http://127.0.0.1:${webPort}/%E0`);

    expect(answer.status).toBe(400);
    expect(await answer.text()).toMatch(/[\u4e00-\u9fff]/);
    expect(await stillServing()).toBe(true);
  });

  test('answers every request with an HTTP status, whatever its path and headers, and stays up', async () => {
    const pathPart = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((text) => encodeURIComponent(text)),
      fc.constantFrom(
        '%',
        '%E0',
        '%E0%A4%A',
        '%00',
        '%2e%2e/%2e%2e/etc/passwd',
        '..',
        '../../',
        '//',
        '?',
        '#',
        '\\',
        '%ZZ',
        '\u0000',
        '😀',
      ),
    );
    const path = fc
      .tuple(
        fc.constantFrom(
          '/',
          '/sandbox/',
          '/sandbox/login-code',
          '/v1/',
          '/media/',
          '/assets/',
          '',
          '*',
          'http://127.0.0.1/',
        ),
        fc.array(pathPart, { maxLength: 4 }),
      )
      .map(([prefix, parts]) => prefix + parts.join(''));
    const headerName = fc.oneof(
      fc.constantFrom(
        'host',
        'Host',
        'origin',
        'cookie',
        'accept',
        'range',
        'x-forwarded-for',
        'if-modified-since',
        '__proto__',
        'constructor',
      ),
      fc.stringMatching(/^[a-z-]{1,12}$/),
    );
    const headerValue = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom(
        '',
        'evil.example',
        'localhost',
        '[::1]',
        '127.0.0.1:1',
        ':',
        'x'.repeat(20_000),
      ),
    );
    const headers = fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 });
    const method = fc.constantFrom(
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'OPTIONS',
      'PATCH',
      'BREW',
    );

    await fc.assert(
      fc.asyncProperty(method, path, headers, async (verb, target, fields) => {
        // Framing headers are left out: a declared body that never comes makes the server wait, not fail.
        const lines = fields
          .filter(
            ([name]) =>
              !/^(content-length|transfer-encoding|expect|connection|upgrade)$/i.test(name),
          )
          .map(([name, value]) => `${name}: ${value}`);
        // Addressed to this machine unless a Host was drawn: else nearly every request would stop at the Host check.
        const host = fields.some(([name]) => name.toLowerCase() === 'host')
          ? []
          : [`host: 127.0.0.1:${webPort}`];
        const { status } = await rawRequest(
          [`${verb} ${target} HTTP/1.1`, ...host, ...lines, 'connection: close'].join('\r\n'),
        );

        expect(status).toBeGreaterThanOrEqual(100);
        expect(status).toBeLessThan(600);
      }),
      { numRuns: 300 },
    );
    expect(await stillServing()).toBe(true);
  });

  describe('/sandbox/ (mints sign-in codes, staff ones too)', () => {
    test.each([
      'evil.example:PORT',
      '127.0.0.1.evil.example:PORT',
      'localhost.evil.example:PORT',
      '127.0.0.2:PORT',
      '0.0.0.0:PORT',
      'evil.example',
      '',
    ])(
      'refuses the Host %s with 421 and a message, issuing no code (DNS rebinding)',
      async (host) => {
        const body = JSON.stringify({ identity: 'demo-admin' });
        const { status, text } = await rawRequest(
          [
            'POST /sandbox/login-code HTTP/1.1',
            `host: ${host.replace('PORT', String(webPort))}`,
            'content-type: application/json',
            `content-length: ${body.length}`,
            'connection: close',
          ].join('\r\n'),
          body,
        );

        expect(status).toBe(421);
        expect(Buffer.from(text, 'latin1').toString('utf8')).toMatch(/[\u4e00-\u9fff]/);
        // A minted code comes with the openid it signs in as.
        expect(text).not.toContain('"openid"');
      },
    );

    test.each(['127.0.0.1:PORT', 'localhost:PORT', '[::1]:PORT', 'LOCALHOST:PORT'])(
      'forwards for the Host %s (this machine, this port)',
      async (host) => {
        const body = JSON.stringify({ identity: 'demo-admin' });
        const { status, text } = await rawRequest(
          [
            'POST /sandbox/login-code HTTP/1.1',
            `host: ${host.replace('PORT', String(webPort))}`,
            'content-type: application/json',
            `content-length: ${body.length}`,
            'connection: close',
          ].join('\r\n'),
          body,
        );

        expect(status).toBe(200);
        expect(text).toContain('"openid"');
      },
    );
  });
});
