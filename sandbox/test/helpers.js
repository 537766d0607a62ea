'use strict';

// Shared test setup: a real sandbox on a free port, called over HTTP with Node's fetch.

const { createSandbox } = require('../wechat-sandbox');

const APPID = 'wx-sandbox-appid';
const SECRET = 'sandbox-secret';

/** A clock the test can move, injected as the sandbox's `now`. */
function createClock(start = Date.UTC(2024, 5, 1, 2, 0, 0)) {
  let current = start;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
  };
}

async function startSandbox(options = {}) {
  const sandbox = createSandbox(options);
  const { port } = await sandbox.listen(0);
  const base = `http://127.0.0.1:${port}`;

  async function request(method, path, body) {
    const init = { method };
    if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
    const res = await fetch(`${base}${path}`, init);
    const text = await res.text();
    const type = res.headers.get('content-type') || '';
    return {
      status: res.status,
      type,
      text,
      json: type.includes('json') ? JSON.parse(text) : null,
    };
  }

  const get = async (path) => (await request('GET', path)).json;
  const post = async (path, body) => (await request('POST', path, body)).json;

  async function loginCode(identity = 'resident-1') {
    return post('/sandbox/login-code', { identity });
  }

  function code2session(code, overrides = {}) {
    const params = new URLSearchParams({
      appid: APPID,
      secret: SECRET,
      js_code: code,
      grant_type: 'authorization_code',
      ...overrides,
    });
    return get(`/sns/jscode2session?${params}`);
  }

  async function token(forceRefresh) {
    const body = { grant_type: 'client_credential', appid: APPID, secret: SECRET };
    if (forceRefresh !== undefined) body.force_refresh = forceRefresh;
    return post('/cgi-bin/stable_token', body);
  }

  return {
    sandbox,
    base,
    request,
    get,
    post,
    loginCode,
    code2session,
    token,
    close: () => sandbox.close(),
  };
}

/**
 * A sandbox for the whole describe block: started before its tests, reset before each, closed
 * after. The returned object fills in once it has started.
 */
function useSandbox(options = {}) {
  const handle = {};
  beforeAll(async () => {
    Object.assign(handle, await startSandbox(options));
  });
  afterAll(() => handle.close());
  beforeEach(() => handle.sandbox.reset());
  return handle;
}

module.exports = { startSandbox, useSandbox, createClock, APPID, SECRET };
