'use strict';

// Test-control endpoints under /sandbox/. These are NOT WeChat APIs: they stand in for what
// happens on a phone (signing in, accepting a subscription) and let tests inject failures.
// Handlers receive the same context as the WeChat handlers and return { status, body }.

const crypto = require('node:crypto');
const { parseJsonObject } = require('./http-util');
const { ERRMSG } = require('./errors');
const { WECHAT_ROUTES, creditKey } = require('./wechat-api');
const { resetState } = require('./state');
const { setFaultRate, listFaults } = require('./faults');
const { maskValue } = require('./format');

const CODE_TTL_MS = 5 * 60 * 1000;
const MAX_IDENTITY_LENGTH = 64;
const MAX_CREDITS_PER_GRANT = 1000;
const MAX_DELAY_MS = 120 * 1000;
const MAX_DELAY_COUNT = 100000;

const ok = (body) => ({ status: 200, body });
const badRequest = (errmsg) => ({ status: 400, body: { errcode: 400, errmsg } });

/** 27 URL-safe characters derived from a hash, so the same input always gives the same id. */
function hashId(text) {
  return crypto.createHash('sha256').update(text).digest('base64url').slice(0, 27);
}

/** Stable per appid and identity, like a real openid; 28 characters starting with "o". */
function openidFor(appid, identity) {
  return `o${hashId(`${appid}:${identity}`)}`;
}

/** A unionid is shared across all apps of one developer, so it ignores the appid. */
function unionidFor(identity) {
  return `o${hashId(`unionid:${identity}`)}`;
}

function dropExpiredCodes(state, now) {
  for (const [code, issued] of state.loginCodes) {
    if (now >= issued.expiresAt) state.loginCodes.delete(code);
  }
}

function issueLoginCode(ctx) {
  const body = parseJsonObject(ctx.rawBody);
  const identity = body && body.identity;
  if (
    typeof identity !== 'string' ||
    identity.trim() === '' ||
    identity.length > MAX_IDENTITY_LENGTH
  ) {
    return badRequest(
      `identity must be a non-empty string of at most ${MAX_IDENTITY_LENGTH} characters`,
    );
  }
  const { state, options, now } = ctx;
  dropExpiredCodes(state, now);
  // wx.login codes are 32 opaque characters.
  const code = crypto.randomBytes(24).toString('base64url');
  const openid = openidFor(options.appid, identity);
  const issued = { identity, openid, issuedAt: now, expiresAt: now + CODE_TTL_MS, used: false };
  if (options.unionid) issued.unionid = unionidFor(identity);
  state.loginCodes.set(code, issued);
  return ok({ code, openid, expires_in: CODE_TTL_MS / 1000 });
}

/** The WeChat path a fault names (its query dropped), or '' when it names none. */
function wechatPathOf(body) {
  const path = body && typeof body.path === 'string' ? body.path.split('?')[0] : '';
  return WECHAT_ROUTES[path] ? path : '';
}

const badPath = () => badRequest(`path must be one of ${Object.keys(WECHAT_ROUTES).join(', ')}`);

function failNext(ctx) {
  const body = parseJsonObject(ctx.rawBody);
  const path = wechatPathOf(body);
  if (!path) return badPath();
  if (!Number.isInteger(body.errcode) || body.errcode === 0)
    return badRequest('errcode must be a non-zero integer');
  const errmsg =
    typeof body.errmsg === 'string'
      ? body.errmsg
      : ERRMSG[body.errcode] || 'sandbox injected error';
  // A queue, so a test can line up several failures in a row (e.g. -1 twice, then success).
  const queue = ctx.state.failNext.get(path) || [];
  queue.push({ errcode: body.errcode, errmsg });
  ctx.state.failNext.set(path, queue);
  return ok({ path, errcode: body.errcode, errmsg, pending: queue.length });
}

/** Holds back the next `count` answers on a path by `ms`, after the call has had its effect. */
function delayAnswers(ctx) {
  const body = parseJsonObject(ctx.rawBody);
  const path = wechatPathOf(body);
  if (!path) return badPath();
  if (!Number.isInteger(body.ms) || body.ms < 0 || body.ms > MAX_DELAY_MS)
    return badRequest(`ms must be an integer from 0 to ${MAX_DELAY_MS}`);
  const count = body.count === undefined ? 1 : body.count;
  if (!Number.isInteger(count) || count < 1 || count > MAX_DELAY_COUNT)
    return badRequest(`count must be an integer from 1 to ${MAX_DELAY_COUNT}`);
  if (body.ms === 0) ctx.state.delays.delete(path);
  else ctx.state.delays.set(path, { ms: body.ms, remaining: count });
  return ok({ path, ms: body.ms, count: body.ms === 0 ? 0 : count });
}

/** Answers `errcode` on a random share `rate` of the calls to a path, until rate 0 or DELETE. */
function faultRate(ctx) {
  const body = parseJsonObject(ctx.rawBody);
  const path = wechatPathOf(body);
  if (!path) return badPath();
  if (typeof body.rate !== 'number' || !(body.rate >= 0 && body.rate <= 1))
    return badRequest('rate must be a number from 0 to 1');
  if (body.rate === 0) {
    ctx.state.faultRates.delete(path);
    return ok({ path, rate: 0 });
  }
  if (!Number.isInteger(body.errcode) || body.errcode === 0)
    return badRequest('errcode must be a non-zero integer');
  if (body.seed !== undefined && !Number.isInteger(body.seed))
    return badRequest('seed must be an integer');
  // Without a seed one is drawn and returned, so a surprising run can be repeated.
  const seed = body.seed === undefined ? crypto.randomInt(2 ** 31) : body.seed;
  const errmsg = typeof body.errmsg === 'string' ? body.errmsg : undefined;
  const fault = setFaultRate(ctx.state, {
    path,
    errcode: body.errcode,
    errmsg,
    rate: body.rate,
    seed,
  });
  return ok({ path, errcode: fault.errcode, errmsg: fault.errmsg, rate: fault.rate, seed });
}

/** DELETE /sandbox/fault-rate: one path (body or ?path=) or, with none named, every path. */
function clearFaultRate(ctx) {
  const body = parseJsonObject(ctx.rawBody) || { path: ctx.query.path };
  const path = wechatPathOf(body);
  if (path) ctx.state.faultRates.delete(path);
  else ctx.state.faultRates.clear();
  return ok({ cleared: path || 'all' });
}

/**
 * The current token expires now, as if two hours had passed: calls with it answer 42001 and
 * stable_token hands out a new one. The realistic "token expired once" case.
 */
function expireToken(ctx) {
  const { state, now } = ctx;
  const record = state.currentToken && state.tokens.get(state.currentToken);
  if (!record) return badRequest('no token has been issued yet');
  record.expiresAt = Math.min(record.expiresAt, now);
  return ok({ expired: maskValue(state.currentToken, 8) });
}

/** Messages, oldest first; `?touser=` keeps one person's. */
function listMessages(ctx) {
  const { touser } = ctx.query;
  return ok(touser ? ctx.state.messages.filter((m) => m.touser === touser) : ctx.state.messages);
}

/** Every delivery ever counted (not capped): per person, template and page. */
function listDeliveries(state) {
  return [...state.deliveries].map(([key, count]) => {
    const [touser, templateId, page] = key.split('\n');
    return { touser, template_id: templateId, page, count };
  });
}

function grantSubscription(ctx) {
  const body = parseJsonObject(ctx.rawBody);
  if (!body || typeof body.openid !== 'string' || body.openid === '')
    return badRequest('openid is required');
  if (!ctx.options.templates.some((t) => t.id === body.template_id))
    return badRequest('template_id is not a configured template');
  const count = body.count === undefined ? 1 : body.count;
  if (!Number.isInteger(count) || count < 1 || count > MAX_CREDITS_PER_GRANT) {
    return badRequest(`count must be an integer from 1 to ${MAX_CREDITS_PER_GRANT}`);
  }
  const key = creditKey(body.openid, body.template_id);
  const credits = (ctx.state.credits.get(key) || 0) + count;
  ctx.state.credits.set(key, credits);
  return ok({ openid: body.openid, template_id: body.template_id, credits });
}

function listCredits(state) {
  return [...state.credits].map(([key, count]) => {
    const [openid, templateId] = key.split('\n');
    return { openid, template_id: templateId, count };
  });
}

function reset(ctx) {
  resetState(ctx.state);
  return ok({ errcode: 0, errmsg: 'ok' });
}

// "METHOD path" → handler. GET lists are read-only views and are not written to the call log.
const CONTROL_ROUTES = {
  'POST /sandbox/login-code': issueLoginCode,
  'POST /sandbox/fail-next': failNext,
  'POST /sandbox/subscribe': grantSubscription,
  'POST /sandbox/reset': reset,
  'POST /sandbox/delay': delayAnswers,
  'POST /sandbox/fault-rate': faultRate,
  'DELETE /sandbox/fault-rate': clearFaultRate,
  'POST /sandbox/expire-token': expireToken,
  'GET /sandbox/faults': (ctx) => ok(listFaults(ctx.state)),
  'GET /sandbox/messages': listMessages,
  'GET /sandbox/deliveries': (ctx) => ok(listDeliveries(ctx.state)),
  'GET /sandbox/content-checks': (ctx) => ok(ctx.state.contentChecks),
  'GET /sandbox/logins': (ctx) => ok(ctx.state.logins),
  'GET /sandbox/calls': (ctx) => ok(ctx.state.calls),
  'GET /sandbox/credits': (ctx) => ok(listCredits(ctx.state)),
};

module.exports = { CONTROL_ROUTES, openidFor, unionidFor, listCredits, listDeliveries };
