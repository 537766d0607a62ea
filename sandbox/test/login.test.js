'use strict';

const { startSandbox, useSandbox, createClock } = require('./helpers');

describe('jscode2session', () => {
  const clock = createClock();
  const sb = useSandbox({ now: clock.now });

  test('exchanges a sandbox login code for the identity openid and a session key', async () => {
    // Arrange
    const { code, openid } = await sb.loginCode('resident-1');

    // Act
    const session = await sb.code2session(code);

    // Assert
    expect(session.errcode).toBeUndefined();
    expect(session.openid).toBe(openid);
    expect(Buffer.from(session.session_key, 'base64')).toHaveLength(16);
    expect(session.unionid).toBeUndefined();
  });

  test('accepts a code once and answers 40029 the second time', async () => {
    // Arrange
    const { code } = await sb.loginCode();
    await sb.code2session(code);

    // Act
    const second = await sb.code2session(code);

    // Assert
    expect(second).toEqual({ errcode: 40029, errmsg: 'invalid code' });
  });

  test('answers 40029 for a code older than 5 minutes', async () => {
    // Arrange
    const { code } = await sb.loginCode();
    clock.advance(5 * 60 * 1000);

    // Act
    const session = await sb.code2session(code);

    // Assert
    expect(session.errcode).toBe(40029);
  });

  test('answers 40029 for a code it never issued', async () => {
    // Act
    const session = await sb.code2session('0a1b2c3d4e5f');

    // Assert
    expect(session.errcode).toBe(40029);
  });

  test('derives a stable 28-character openid per identity', async () => {
    // Act
    const first = await sb.loginCode('admin');
    const again = await sb.loginCode('admin');
    const other = await sb.loginCode('resident-2');

    // Assert
    expect(first.openid).toBe(again.openid);
    expect(first.openid).not.toBe(other.openid);
    expect(first.openid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect(first.code).not.toBe(again.code);
  });

  test('rejects a wrong appid with 40013 and a wrong secret with 40125', async () => {
    // Arrange
    const { code } = await sb.loginCode();

    // Act
    const badAppid = await sb.code2session(code, { appid: 'wx-other' });
    const badSecret = await sb.code2session(code, { secret: 'nope' });

    // Assert
    expect(badAppid.errcode).toBe(40013);
    expect(badSecret.errcode).toBe(40125);
  });

  test('records the login without revealing the code', async () => {
    // Arrange
    const { code, openid } = await sb.loginCode('admin');

    // Act
    await sb.code2session(code);
    const logins = await sb.get('/sandbox/logins');
    const calls = await sb.get('/sandbox/calls');

    // Assert
    expect(logins).toEqual([expect.objectContaining({ identity: 'admin', openid })]);
    const exchange = calls.find((c) => c.path === '/sns/jscode2session');
    expect(exchange.query.secret).toBe('***');
    expect(JSON.stringify(calls)).not.toContain(code);
    expect(JSON.stringify(calls)).not.toContain('sandbox-secret');
  });

  test('includes a unionid when configured to', async () => {
    // Arrange
    const withUnionid = await startSandbox({ unionid: true });
    const { code } = await withUnionid.loginCode('resident-1');

    // Act
    const session = await withUnionid.code2session(code);
    await withUnionid.close();

    // Assert
    expect(session.unionid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
    expect(session.unionid).not.toBe(session.openid);
  });
});
