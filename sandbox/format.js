'use strict';

// Small display helpers shared by the call log and the HTML page.

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Keeps the first `keep` characters so entries stay recognisable without exposing the value. */
function maskValue(value, keep = 4) {
  const text = String(value ?? '');
  if (text.length <= keep) return text ? '…' : '';
  return `${text.slice(0, keep)}…`;
}

/** Openids are shown as the first 6 characters, enough to tell test users apart. */
function maskOpenid(openid) {
  return maskValue(openid, 6);
}

// Query parameters that must never reach the log in clear text.
const SENSITIVE_QUERY = {
  secret: () => '***',
  appid: (v) => maskValue(v, 4),
  access_token: (v) => maskValue(v, 8), // sandbox tokens share a 4-character prefix
  js_code: (v) => maskValue(v, 4),
};

function maskQuery(query) {
  const masked = {};
  for (const [key, value] of Object.entries(query)) {
    masked[key] = SENSITIVE_QUERY[key] ? SENSITIVE_QUERY[key](value) : value;
  }
  return masked;
}

/** ISO-like time in China Standard Time, because WeChat quotas and the page readers live there. */
function chinaTime(ms) {
  const d = new Date(ms + CHINA_OFFSET_MS);
  if (Number.isNaN(d.getTime())) return '';
  return d.toISOString().slice(0, 19).replace('T', ' ');
}

/** Calendar day in China, used to reset daily quotas at Beijing midnight like WeChat does. */
function chinaDay(ms) {
  return chinaTime(ms).slice(0, 10);
}

module.exports = { maskValue, maskOpenid, maskQuery, chinaTime, chinaDay };
