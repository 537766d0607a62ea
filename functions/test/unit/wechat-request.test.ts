import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { postToWeChat } from '../../src/adapters/wechat/wechat-request';

/** A server on a free port, closed after the test. */
async function serve(server: Server): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const rawServer = (onSocket: (socket: Socket) => void) => serve(createServer(onSocket));

async function closedPort() {
  const { baseUrl, close } = await rawServer(() => undefined);
  await close();
  return baseUrl;
}

const post = (baseUrl: string, timeoutMs = 1000) =>
  postToWeChat({ baseUrl, timeoutMs }, '/cgi-bin/message/subscribe/send', { touser: 'o' });

describe('postToWeChat: was the request sent?', () => {
  test('connection refused: not sent', async () => {
    await expect(post(await closedPort())).resolves.toEqual({
      kind: 'not_sent',
      reason: 'ECONNREFUSED',
    });
  });

  test('a port fetch refuses to use: not sent', async () => {
    await expect(post('http://127.0.0.1:9')).resolves.toMatchObject({ kind: 'not_sent' });
  });

  test('an unknown host: not sent', async () => {
    await expect(post('http://wechat.invalid')).resolves.toMatchObject({ kind: 'not_sent' });
  });

  test('reset while connecting: not sent', async () => {
    const server = await rawServer((socket) => socket.resetAndDestroy());

    await expect(post(server.baseUrl)).resolves.toEqual({ kind: 'not_sent', reason: 'ECONNRESET' });
    await server.close();
  });

  test('reset after the request arrived: no answer (it may have been acted on)', async () => {
    const server = await rawServer((socket) => socket.once('data', () => socket.resetAndDestroy()));

    await expect(post(server.baseUrl)).resolves.toEqual({
      kind: 'no_answer',
      reason: 'ECONNRESET',
    });
    await server.close();
  });

  test('closed after the request arrived: no answer', async () => {
    const server = await rawServer((socket) => socket.once('data', () => socket.destroy()));

    await expect(post(server.baseUrl)).resolves.toEqual({
      kind: 'no_answer',
      reason: 'UND_ERR_SOCKET',
    });
    await server.close();
  });

  test('our timeout: no answer', async () => {
    const server = await serve(
      createHttpServer((_req, res) => setTimeout(() => res.end('{}'), 1000).unref()),
    );

    await expect(post(server.baseUrl, 100)).resolves.toEqual({
      kind: 'no_answer',
      reason: 'timeout',
    });
    server.close().catch(() => undefined);
  });

  test('an answer cut off halfway: no answer', async () => {
    const server = await serve(
      createHttpServer((_req, res) => {
        res.writeHead(200, { 'content-length': '100' });
        res.write('{"errcode":');
        setTimeout(() => res.destroy(), 20);
      }),
    );

    await expect(post(server.baseUrl)).resolves.toMatchObject({ kind: 'no_answer' });
    await server.close();
  });

  test('an HTML error page from a proxy: no answer', async () => {
    const server = await serve(
      createHttpServer((_req, res) => res.writeHead(502).end('<html>bad gateway</html>')),
    );

    await expect(post(server.baseUrl)).resolves.toEqual({
      kind: 'no_answer',
      reason: 'unreadable answer (HTTP 502)',
    });
    await server.close();
  });

  test('a JSON answer is an answer whatever its HTTP status', async () => {
    const server = await serve(
      createHttpServer((_req, res) =>
        res.writeHead(500).end('{"errcode":-1,"errmsg":"system error"}'),
      ),
    );

    await expect(post(server.baseUrl)).resolves.toMatchObject({
      kind: 'answer',
      body: { errcode: -1 },
    });
    await server.close();
  });
});
