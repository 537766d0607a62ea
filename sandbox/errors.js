'use strict';

// WeChat answers failures with HTTP 200 and an errcode/errmsg pair. The messages below follow
// the wording WeChat uses, so backend logs look the same against the sandbox as in production.
const ERRMSG = {
  '-1': 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40003: 'invalid openid',
  40013: 'invalid appid',
  40029: 'invalid code',
  40037: 'invalid template_id',
  40125: 'invalid appsecret',
  40226: 'high risk user',
  41001: 'access_token missing',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41008: 'missing code',
  41030: 'invalid page',
  42001: 'access_token expired',
  43001: 'require GET method',
  43002: 'require POST method',
  43101: 'user refuse to accept the msg',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit  mustslower  retry next minute',
  47001: 'data format error',
  47003: 'argument invalid!',
};

/** A WeChat error body for a known errcode; unknown codes still get a readable message. */
function wxError(errcode) {
  return { errcode, errmsg: ERRMSG[errcode] || 'sandbox injected error' };
}

/** 47003 names the offending argument, e.g. "argument invalid! data.thing1.value invalid". */
function argumentInvalid(what) {
  return { errcode: 47003, errmsg: `argument invalid! ${what} invalid` };
}

module.exports = { ERRMSG, wxError, argumentInvalid };
