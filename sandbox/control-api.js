'use strict';

// Test-control endpoints under /sandbox/. These are NOT WeChat APIs: they stand in for what
// happens on a phone (signing in, accepting a subscription) and let tests inject failures.
// Handlers receive the same context as the WeChat handlers and return { status, body }.

const crypto = require('node:crypto');
const { parseJsonObject } = require('./http-util');
const { ERRMSG } = require('./errors');
const { WECHAT_ROUTES, creditKey } = require('./wechat-api');
const { resetState } = require('./state');

const CODE_TTL_MS = 5 * 60 * 1000;
const MAX_IDENTITY_LENGTH = 64;
const MAX_CREDITS_PER_GRANT = 1000;

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
  if (typeof identity !== 'string' || identity.trim() === '' || identity.length > MAX_IDENTITY_LENGTH) {
    return badRequest(`identity must be a non-empty string of at most ${MAX_IDENTITY_LENGTH} characters`);
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

function failNext(ctx) {
  const body = parseJsonObject(ctx.rawBody);
  const path = body && typeof body.path === 'string' ? body.path.split('?')[0] : '';
  if (!WECHAT_ROUTES[path]) return badRequest(`path must be one of ${Object.keys(WECHAT_ROUTES).join(', ')}`);
  if (!Number.isInteger(body.errcode) || body.errcode === 0) return badRequest('errcode must be a non-zero integer');
  const errmsg = typeof body.errmsg === 'string' ? body.errmsg : ERRMSG[body.errcode] || 'sandbox injected error';
  // A queue, so a test can line up several failures in a row (e.g. -1 twice, then success).
  const queue = ctx.state.failNext.get(path) || [];
  queue.push({ errcode: body.errcode, errmsg });
  ctx.state.failNext.set(path, queue);
  return ok({ path, errcode: body.errcode, errmsg, pending: queue.length });
}

function grantSubscription(ctx) {
  const body = parseJsonObject(ctx.rawBody);
  if (!body || typeof body.openid !== 'string' || body.openid === '') return badRequest('openid is required');
  if (!ctx.options.templates.some((t) => t.id === body.template_id)) return badRequest('template_id is not a configured template');
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
  'GET /sandbox/messages': (ctx) => ok(ctx.state.messages),
  'GET /sandbox/content-checks': (ctx) => ok(ctx.state.contentChecks),
  'GET /sandbox/logins': (ctx) => ok(ctx.state.logins),
  'GET /sandbox/calls': (ctx) => ok(ctx.state.calls),
  'GET /sandbox/credits': (ctx) => ok(listCredits(ctx.state)),
};

module.exports = { CONTROL_ROUTES, openidFor, unionidFor, listCredits };
