'use strict';

// The WeChat server APIs the backend calls, answered with WeChat's request and response shapes.
// Every handler receives a context { state, options, now, query, rawBody } and returns the JSON
// body; WeChat always answers HTTP 200, failures included.

const crypto = require('node:crypto');
const { wxError, argumentInvalid } = require('./errors');
const { parseJsonObject } = require('./http-util');
const { findInvalidData, isKnownPage, checkContent, charLength } = require('./wechat-rules');
const { chinaDay } = require('./format');
const { recordEntry } = require('./state');

const TOKEN_TTL_MS = 7200 * 1000;
// In normal mode WeChat hands out a new token during the last 5 minutes of the old one.
const TOKEN_RENEW_WINDOW_MS = 5 * 60 * 1000;
// Force refresh is ignored when repeated within 30 seconds.
const FORCE_REFRESH_INTERVAL_MS = 30 * 1000;
const MAX_CONTENT_CHARS = 2500;
const SCENES = [1, 2, 3, 4];
const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'];
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'];

/** Checks appid/secret the way WeChat orders it: missing before wrong, appid before secret. */
function checkAppCredentials(options, appid, secret) {
  if (!appid) return wxError(41002);
  if (appid !== options.appid) return wxError(40013);
  if (!secret) return wxError(41004);
  if (secret !== options.secret) return wxError(40125);
  return null;
}

/** Null when the query's access_token is usable, else the WeChat error to answer. */
function checkAccessToken(ctx) {
  const token = ctx.query.access_token;
  if (!token) return wxError(41001);
  const record = ctx.state.tokens.get(token);
  if (!record || record.revoked) return wxError(40001);
  if (ctx.now >= record.expiresAt) return wxError(42001);
  return null;
}

/** Per-day counter that restarts at Beijing midnight; returns false once `limit` is used up. */
function takeDailyQuota(counter, now, limit) {
  const day = chinaDay(now);
  if (counter.day !== day) Object.assign(counter, { day, count: 0 });
  if (counter.count >= limit) return false;
  counter.count += 1;
  return true;
}

function jscode2session(ctx) {
  const { appid, secret, js_code: code, grant_type: grantType } = ctx.query;
  const credentialError = checkAppCredentials(ctx.options, appid, secret);
  if (credentialError) return credentialError;
  if (grantType !== 'authorization_code') return wxError(40002);
  if (!code) return wxError(41008);

  const issued = ctx.state.loginCodes.get(code);
  if (!issued || issued.used || ctx.now >= issued.expiresAt) return wxError(40029);
  issued.used = true; // a code is single-use, even though it stays listed until it expires

  const login = {
    time: new Date(ctx.now).toISOString(),
    identity: issued.identity,
    openid: issued.openid,
  };
  if (issued.unionid) login.unionid = issued.unionid;
  recordEntry(ctx.state.logins, login);

  // WeChat's session_key is 16 random bytes in base64.
  const body = { openid: issued.openid, session_key: crypto.randomBytes(16).toString('base64') };
  if (issued.unionid) body.unionid = issued.unionid;
  return body;
}

function issueToken(state, now) {
  // Real tokens are long opaque strings; the prefix makes sandbox tokens obvious in logs.
  const token = `sbx_${crypto.randomBytes(48).toString('base64url')}`;
  state.tokens.set(token, { issuedAt: now, expiresAt: now + TOKEN_TTL_MS, revoked: false });
  state.currentToken = token;
  return token;
}

function forceRefreshToken(ctx) {
  const { state, now, options } = ctx;
  const counter = state.forceRefresh;
  const current = state.currentToken;
  if (current && counter.lastAt !== null && now - counter.lastAt < FORCE_REFRESH_INTERVAL_MS)
    return current;
  if (!takeDailyQuota(counter, now, options.forceRefreshPerDay)) return null;
  counter.lastAt = now;
  // Force refresh invalidates the previous token at once, unlike normal renewal.
  if (current) state.tokens.get(current).revoked = true;
  return issueToken(state, now);
}

function currentOrRenewedToken(ctx) {
  const { state, now } = ctx;
  const current = state.currentToken && state.tokens.get(state.currentToken);
  if (current && !current.revoked && current.expiresAt - now > TOKEN_RENEW_WINDOW_MS)
    return state.currentToken;
  // The old token stays valid until its own expiry, so callers can switch over smoothly.
  return issueToken(state, now);
}

function stableToken(ctx) {
  const body = parseJsonObject(ctx.rawBody);
  if (!body) return wxError(47001);
  if (body.grant_type !== 'client_credential') return wxError(40002);
  const credentialError = checkAppCredentials(ctx.options, body.appid, body.secret);
  if (credentialError) return credentialError;

  const token = body.force_refresh === true ? forceRefreshToken(ctx) : currentOrRenewedToken(ctx);
  if (!token) return wxError(45009);
  const expiresAt = ctx.state.tokens.get(token).expiresAt;
  return { access_token: token, expires_in: Math.floor((expiresAt - ctx.now) / 1000) };
}

function creditKey(openid, templateId) {
  return `${openid}\n${templateId}`;
}

function deliveryKey(touser, templateId, page) {
  return `${touser}\n${templateId}\n${page}`;
}

/** Validates a send request; returns the WeChat error body, or null when it may be sent. */
function findSendError(ctx, body) {
  const { options } = ctx;
  if (typeof body.touser !== 'string' || body.touser === '') return wxError(40003);
  const template = options.templates.find((t) => t.id === body.template_id);
  if (!template) return wxError(40037);
  if (body.page !== undefined && body.page !== '' && !isKnownPage(body.page, options.pages))
    return wxError(41030);
  if (
    body.miniprogram_state !== undefined &&
    !MINIPROGRAM_STATES.includes(body.miniprogram_state)
  ) {
    return argumentInvalid('miniprogram_state');
  }
  if (body.lang !== undefined && !LANGS.includes(body.lang)) return argumentInvalid('lang');
  const invalid = findInvalidData(template, body.data);
  return invalid ? argumentInvalid(invalid) : null;
}

function subscribeSend(ctx) {
  const tokenError = checkAccessToken(ctx);
  if (tokenError) return tokenError;
  const body = parseJsonObject(ctx.rawBody);
  if (!body) return wxError(47001);
  const sendError = findSendError(ctx, body);
  if (sendError) return sendError;

  const { state, options, now } = ctx;
  // One-time subscriptions: each accepted wx.requestSubscribeMessage allows exactly one message.
  const key = creditKey(body.touser, body.template_id);
  const credits = state.credits.get(key) || 0;
  if (credits < 1) return wxError(43101);
  if (!takeDailyQuota(state.sendQuota, now, options.sendQuotaPerDay)) return wxError(45009);
  state.credits.set(key, credits - 1);

  const msgid = state.nextMsgid++;
  recordEntry(state.messages, {
    msgid,
    time: new Date(now).toISOString(),
    touser: body.touser,
    template_id: body.template_id,
    page: body.page || '',
    data: body.data,
    miniprogram_state: body.miniprogram_state || 'formal',
    lang: body.lang || 'zh_CN',
  });
  // Counted apart from the capped list, so a benchmark's 10,000 sends can be checked for duplicates.
  const delivery = deliveryKey(body.touser, body.template_id, body.page || '');
  state.deliveries.set(delivery, (state.deliveries.get(delivery) || 0) + 1);
  return { errcode: 0, errmsg: 'ok', msgid };
}

/** WeChat trace ids look like "60ae120f-371d5872-7941a05b". */
function traceId() {
  const hex = crypto.randomBytes(12).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16, 24)}`;
}

function msgSecCheck(ctx) {
  const tokenError = checkAccessToken(ctx);
  if (tokenError) return tokenError;
  const body = parseJsonObject(ctx.rawBody);
  if (!body) return wxError(47001);
  if (body.version !== 2 || !SCENES.includes(body.scene)) return wxError(47001);
  if (typeof body.openid !== 'string' || body.openid === '') return wxError(40003);
  if (typeof body.content !== 'string' || body.content === '') return wxError(47001);
  if (charLength(body.content) > MAX_CONTENT_CHARS) return wxError(47001);

  const { suggest, label, detail } = checkContent(body.content, ctx.options);
  const trace = traceId();
  recordEntry(ctx.state.contentChecks, {
    time: new Date(ctx.now).toISOString(),
    openid: body.openid,
    scene: body.scene,
    content: body.content,
    suggest,
    label,
    trace_id: trace,
  });
  return { errcode: 0, errmsg: 'ok', result: { suggest, label }, detail, trace_id: trace };
}

// Path → handler. GET-only and POST-only follow WeChat (43001/43002 for the wrong method).
const WECHAT_ROUTES = {
  '/sns/jscode2session': { method: 'GET', handle: jscode2session },
  '/cgi-bin/stable_token': { method: 'POST', handle: stableToken },
  '/cgi-bin/message/subscribe/send': { method: 'POST', handle: subscribeSend },
  '/wxa/msg_sec_check': { method: 'POST', handle: msgSecCheck },
};

module.exports = { WECHAT_ROUTES, creditKey, deliveryKey };
