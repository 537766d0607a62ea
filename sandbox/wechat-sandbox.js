'use strict';

// A local stand-in for https://api.weixin.qq.com: a plain node:http server that answers the
// WeChat server APIs the backend uses, plus /sandbox/… control endpoints for tests and the H5
// build. Point the backend's WeChat base URL at it to run without WeChat.

const http = require('node:http');
const { WECHAT_ROUTES } = require('./wechat-api');
const { CONTROL_ROUTES } = require('./control-api');
const { renderPage } = require('./page');
const { createState, resetState, recordEntry } = require('./state');
const {
  readBody,
  sendJson,
  sendHtml,
  queryObject,
  addressedToThisMachine,
} = require('./http-util');
const { wxError } = require('./errors');
const { maskQuery } = require('./format');
const { assertTemplates } = require('./wechat-rules');
const { takeInjectedFailure, takeRandomFailure, takeDelay, sleep } = require('./faults');

const DEFAULT_TEMPLATES = [
  {
    id: 'TPL_POLICY_RELEASE',
    title: '政策发布通知',
    keys: { thing1: '政策标题', time2: '发布时间', thing3: '发布部门' },
  },
  {
    id: 'TPL_CONSULTATION',
    title: '咨询受理通知',
    keys: {
      character_string1: '咨询编号',
      thing2: '咨询主题',
      phrase3: '受理状态',
      date4: '受理日期',
    },
  },
  {
    id: 'TPL_REPLY',
    title: '咨询回复通知',
    keys: { thing1: '咨询主题', thing2: '回复摘要', time3: '回复时间' },
  },
  {
    id: 'TPL_STAFF_REMINDER',
    title: '工作提醒',
    keys: { thing1: '事项名称', time2: '截止时间', thing3: '提醒内容' },
  },
];

// Any page under packages/ (sub-packages) is accepted as well, see isKnownPage.
// The mini-program's own pages that messages open, plus older names kept for existing tests.
const DEFAULT_PAGES = [
  'pages/index/index',
  'pages/content/detail',
  'pages/my-questions/index',
  'pages/my-applications/index',
  'pages/interpretations/list',
  'pages/interpretations/detail',
];

const DEFAULT_OPTIONS = {
  appid: 'wx-sandbox-appid',
  secret: 'sandbox-secret',
  now: () => Date.now(),
  templates: DEFAULT_TEMPLATES,
  pages: DEFAULT_PAGES,
  riskyWords: ['赌博', '诈骗链接', '枪支出售'],
  reviewWords: ['代办证件'],
  unionid: false, // include a unionid in jscode2session answers
  forceRefreshPerDay: 20, // WeChat's stable_token force_refresh limit
  sendQuotaPerDay: 1000, // subscribe/send calls per day before 45009
};

const NOT_FOUND = { errcode: 404, errmsg: 'not found' };
const METHOD_NOT_ALLOWED = { errcode: 405, errmsg: 'method not allowed' };
const MISDIRECTED = {
  errcode: 421,
  errmsg:
    'the sandbox answers only requests addressed to 127.0.0.1, localhost or [::1] with its port',
};

/** The errcode a call is logged with: success bodies without an errcode count as 0. */
function errcodeOf(body) {
  return body && Number.isInteger(body.errcode) ? body.errcode : 0;
}

function logCall(state, { now, method, path, query }, status, body) {
  recordEntry(state.calls, {
    time: new Date(now).toISOString(),
    method,
    path,
    query: maskQuery(query),
    status,
    errcode: errcodeOf(body),
  });
}

function answerWechat(ctx, route) {
  if (ctx.method !== route.method) return wxError(route.method === 'GET' ? 43001 : 43002);
  return (
    takeInjectedFailure(ctx.state, ctx.path) ||
    takeRandomFailure(ctx.state, ctx.path) ||
    route.handle(ctx)
  );
}

/** Request targets such as "//" are not valid relative URLs; those are simply not found. */
function parseUrl(target) {
  try {
    return new URL(target || '/', 'http://sandbox.local');
  } catch {
    return null;
  }
}

/** Routes one request; every outcome is a response, never an exception left to node:http. */
async function handleRequest(sandbox, req, res) {
  const { state, options } = sandbox;
  // Its control paths mint sign-in codes (staff ones too) and its page lists openids: not for a
  // page that reached this port through DNS rebinding.
  if (!addressedToThisMachine(req.headers.host, req.socket.localPort))
    return sendJson(res, 421, MISDIRECTED);
  const url = parseUrl(req.url);
  if (!url) return sendJson(res, 404, NOT_FOUND);
  const method = req.method || 'GET';
  const path = url.pathname;

  if (path === '/' && method === 'GET') return sendHtml(res, renderPage({ state, options }));
  if (path === '/favicon.ico') return res.writeHead(204).end();

  const rawBody = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
  const ctx = {
    state,
    options,
    now: options.now(),
    method,
    path,
    query: queryObject(url.searchParams),
    rawBody,
  };
  // A body that was too large or cut off is answered like malformed JSON.
  if (rawBody === null) ctx.rawBody = '';

  const wechatRoute = WECHAT_ROUTES[path];
  if (wechatRoute) {
    const body = rawBody === null ? wxError(47001) : answerWechat(ctx, wechatRoute);
    logCall(state, ctx, 200, body);
    // The call has had its effect (a message is delivered) before the answer is held back: a
    // client that gives up waiting faces exactly the "sent, but no answer" case.
    const delayMs = takeDelay(state, path);
    if (delayMs > 0) await sleep(delayMs);
    return sendJson(res, 200, body);
  }

  const control = CONTROL_ROUTES[`${method} ${path}`];
  if (control) {
    const { status, body } = control(ctx);
    if (method !== 'GET') logCall(state, ctx, status, body);
    return sendJson(res, status, body);
  }

  const knownPath = Object.keys(CONTROL_ROUTES).some((key) => key.endsWith(` ${path}`));
  const [status, body] = knownPath ? [405, METHOD_NOT_ALLOWED] : [404, NOT_FOUND];
  logCall(state, ctx, status, body);
  return sendJson(res, status, body);
}

/**
 * Creates (but does not start) a sandbox server.
 * @returns {{ server, state, options, listen(port?, host?): Promise<{port, host}>, close(): Promise<void>, reset(): void }}
 */
function createSandbox(overrides = {}) {
  const options = { ...DEFAULT_OPTIONS, ...overrides };
  assertTemplates(options.templates);
  const state = createState();
  const sandbox = { state, options };

  const server = http.createServer((req, res) => {
    res.on('error', () => {}); // a client hanging up mid-response is not the sandbox's problem
    handleRequest(sandbox, req, res).catch(() => sendJson(res, 500, wxError(-1)));
  });

  function listen(port = 3900, host = '127.0.0.1') {
    return new Promise((resolve, reject) => {
      const onError = (err) => reject(err);
      server.once('error', onError);
      server.listen(port, host, () => {
        server.off('error', onError);
        resolve({ port: server.address().port, host });
      });
    });
  }

  function close() {
    return new Promise((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      // fetch keeps connections alive; without this close() would wait for them to time out.
      server.closeAllConnections();
    });
  }

  return Object.assign(sandbox, { server, listen, close, reset: () => resetState(state) });
}

module.exports = { createSandbox, DEFAULT_TEMPLATES, DEFAULT_PAGES, DEFAULT_OPTIONS };
