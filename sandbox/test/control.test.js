'use strict';

const http = require('node:http');
const { useSandbox } = require('./helpers');

/** A raw request, for targets fetch would normalise away (and a Host header of one's choosing). */
function rawRequest(base, method, target, body, headers = {}) {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, method, path: target, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('control endpoints and robustness', () => {
  const sb = useSandbox();

  test('fail-next makes the next jscode2session answer -1, then answers normally', async () => {
    // Arrange
    const { code, openid } = await sb.loginCode();
    const queued = await sb.post('/sandbox/fail-next', {
      path: '/sns/jscode2session',
      errcode: -1,
    });

    // Act
    const failed = await sb.code2session(code);
    const normal = await sb.code2session(code);

    // Assert
    expect(queued).toMatchObject({ path: '/sns/jscode2session', errcode: -1, pending: 1 });
    expect(failed).toEqual({ errcode: -1, errmsg: 'system error' });
    expect(normal.openid).toBe(openid);
  });

  test('fail-next queues several failures for one path', async () => {
    // Arrange
    await sb.post('/sandbox/fail-next', { path: '/cgi-bin/stable_token', errcode: 45011 });
    await sb.post('/sandbox/fail-next', {
      path: '/cgi-bin/stable_token',
      errcode: 40226,
      errmsg: 'custom',
    });

    // Act
    const first = await sb.token();
    const second = await sb.token();
    const third = await sb.token();

    // Assert
    expect(first.errcode).toBe(45011);
    expect(second).toEqual({ errcode: 40226, errmsg: 'custom' });
    expect(third.access_token).toEqual(expect.any(String));
  });

  test('fail-next rejects a path that is not a WeChat API', async () => {
    // Act
    const res = await sb.request('POST', '/sandbox/fail-next', {
      path: '/sandbox/reset',
      errcode: -1,
    });

    // Assert
    expect(res.status).toBe(400);
    expect(res.json.errcode).toBe(400);
  });

  test('subscribe adds up credits and lists them', async () => {
    // Act
    await sb.post('/sandbox/subscribe', { openid: 'oA', template_id: 'TPL_REPLY' });
    const res = await sb.post('/sandbox/subscribe', {
      openid: 'oA',
      template_id: 'TPL_REPLY',
      count: 2,
    });
    const credits = await sb.get('/sandbox/credits');

    // Assert
    expect(res.credits).toBe(3);
    expect(credits).toEqual([{ openid: 'oA', template_id: 'TPL_REPLY', count: 3 }]);
  });

  test('subscribe rejects an unknown template', async () => {
    // Act
    const res = await sb.request('POST', '/sandbox/subscribe', {
      openid: 'oA',
      template_id: 'TPL_NOPE',
    });

    // Assert
    expect(res.status).toBe(400);
  });

  test('login-code rejects a missing identity', async () => {
    // Act
    const res = await sb.request('POST', '/sandbox/login-code', {});

    // Assert
    expect(res.status).toBe(400);
  });

  test('reset clears messages, calls and credits', async () => {
    // Arrange
    await sb.post('/sandbox/subscribe', { openid: 'oA', template_id: 'TPL_REPLY' });
    await sb.token();

    // Act
    await sb.post('/sandbox/reset', {});

    // Assert
    expect(await sb.get('/sandbox/credits')).toEqual([]);
    expect(await sb.get('/sandbox/calls')).toEqual([
      expect.objectContaining({ path: '/sandbox/reset' }),
    ]);
    expect(await sb.get('/sandbox/messages')).toEqual([]);
  });

  test('answers 47001 for malformed JSON on stable_token', async () => {
    // Act
    const res = await sb.request('POST', '/cgi-bin/stable_token', '{not json');

    // Assert
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ errcode: 47001, errmsg: 'data format error' });
  });

  test('answers HTTP 404 for an unknown path', async () => {
    // Act
    const res = await sb.request('GET', '/cgi-bin/token');

    // Assert
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ errcode: 404, errmsg: 'not found' });
  });

  test('logs every WeChat call with its errcode', async () => {
    // Arrange
    await sb.code2session('unknown-code');

    // Act
    const calls = await sb.get('/sandbox/calls');

    // Assert
    expect(calls).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/sns/jscode2session',
        errcode: 40029,
        status: 200,
      }),
    ]);
  });

  test.each(['evil.example:PORT', 'localhost.evil.example:PORT', '127.0.0.2:PORT', 'evil.example'])(
    'refuses a request whose Host is %s with 421, minting no code (DNS rebinding)',
    async (host) => {
      // Act
      const { port } = new URL(sb.base);
      const res = await rawRequest(
        sb.base,
        'POST',
        '/sandbox/login-code',
        JSON.stringify({ identity: 'demo-admin' }),
        { host: host.replace('PORT', port) },
      );

      // Assert
      expect(res.status).toBe(421);
      expect(res.text).not.toContain('openid');
      expect(await sb.get('/sandbox/calls')).toEqual([]);
    },
  );

  test.each(['127.0.0.1:PORT', 'localhost:PORT', '[::1]:PORT'])(
    'answers a request whose Host is %s',
    async (host) => {
      // Act
      const { port } = new URL(sb.base);
      const res = await rawRequest(
        sb.base,
        'POST',
        '/sandbox/login-code',
        JSON.stringify({ identity: 'demo-admin' }),
        { host: host.replace('PORT', port) },
      );

      // Assert
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text)).toMatchObject({ openid: expect.any(String) });
    },
  );

  test('survives hostile input and keeps answering', async () => {
    // Arrange
    const { access_token: token } = await sb.token();
    const bodies = [
      '',
      'null',
      '[]',
      '42',
      '"text"',
      '{"data": null}',
      '{"touser": {}, "template_id": []}',
      '{"__proto__": {"x": 1}}',
      '\u0000\uffff',
      '{"version": 2, "scene": 1, "openid": "o", "content": 5}',
    ];
    const paths = [
      '/cgi-bin/stable_token',
      `/cgi-bin/message/subscribe/send?access_token=${token}`,
      `/wxa/msg_sec_check?access_token=${token}`,
      '/sandbox/fail-next',
      '/sandbox/subscribe',
      '/sandbox/login-code',
    ];

    // Act
    const statuses = [];
    for (const path of paths) {
      for (const body of bodies) statuses.push((await sb.request('POST', path, body)).status);
    }
    const oversized = await sb.request(
      'POST',
      '/cgi-bin/stable_token',
      'x'.repeat(2 * 1024 * 1024),
    );
    const oddTarget = await rawRequest(sb.base, 'GET', '//');
    const badPercent = await sb.request('GET', '/sns/jscode2session?js_code=%E0%A4%A');
    const alive = await sb.token();

    // Assert
    expect(statuses.every((s) => s === 200 || s === 400)).toBe(true);
    expect(oversized.json.errcode).toBe(47001);
    expect(oddTarget.status).toBe(404);
    expect(badPercent.json.errcode).toBe(41002);
    expect(alive.access_token).toBe(token);
  });
});
