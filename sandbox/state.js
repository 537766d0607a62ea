'use strict';

// All sandbox state lives in memory in one object, so a test can inspect it and /sandbox/reset
// can clear it without restarting the server.

// Lists are capped so a sandbox left running for days does not grow without bound.
const MAX_ENTRIES = 500;

function createState() {
  return {
    loginCodes: new Map(), // code → { identity, openid, unionid?, issuedAt, expiresAt, used }
    tokens: new Map(), // access_token → { issuedAt, expiresAt, revoked }
    currentToken: null, // the token stable_token hands out in normal mode
    forceRefresh: { day: '', count: 0, lastAt: null }, // force_refresh use today (China time)
    sendQuota: { day: '', count: 0 }, // subscribe/send calls today (China time)
    credits: new Map(), // `${openid}\n${template_id}` → remaining one-time subscriptions
    failNext: new Map(), // WeChat path → queue of { errcode, errmsg } to answer next
    delays: new Map(), // WeChat path → { ms, remaining }: answers held back (see /sandbox/delay)
    faultRates: new Map(), // WeChat path → { errcode, errmsg, rate, seed, random }: random failures
    deliveries: new Map(), // `${touser}\n${template_id}\n${page}` → messages delivered (never capped)
    nextMsgid: 1,
    logins: [], // { time, identity, openid, unionid? } per successful jscode2session
    messages: [], // { msgid, time, touser, template_id, page, data, miniprogram_state, lang }
    contentChecks: [], // { time, openid, scene, content, suggest, label, trace_id }
    calls: [], // { time, method, path, query (masked), status, errcode }
  };
}

/** Clears in place, so holders of the state object keep seeing the live state. */
function resetState(state) {
  Object.assign(state, createState());
}

/** Appends to one of the capped lists, dropping the oldest entry when full. */
function recordEntry(list, entry) {
  list.push(entry);
  if (list.length > MAX_ENTRIES) list.splice(0, list.length - MAX_ENTRIES);
}

module.exports = { createState, resetState, recordEntry, MAX_ENTRIES };
