'use strict';

const { useSandbox, createClock, APPID } = require('./helpers');

describe('stable_token', () => {
  const clock = createClock();
  const sb = useSandbox({ now: clock.now });

  test('returns the same token while it is valid', async () => {
    // Act
    const first = await sb.token();
    clock.advance(60 * 1000);
    const second = await sb.token();

    // Assert
    expect(first.expires_in).toBe(7200);
    expect(second.access_token).toBe(first.access_token);
    expect(second.expires_in).toBe(7140);
  });

  test('issues a new token on force_refresh and invalidates the old one', async () => {
    // Arrange
    const first = await sb.token();

    // Act
    const refreshed = await sb.token(true);
    const send = await sb.post(
      `/cgi-bin/message/subscribe/send?access_token=${first.access_token}`,
      {},
    );

    // Assert
    expect(refreshed.access_token).not.toBe(first.access_token);
    expect(refreshed.expires_in).toBe(7200);
    expect(send.errcode).toBe(40001);
  });

  test('answers 45009 after 20 force refreshes in one day', async () => {
    // Arrange: refreshes less than 30 s apart are ignored, so space them out
    for (let i = 0; i < 20; i += 1) {
      clock.advance(31 * 1000);
      await sb.token(true);
    }
    clock.advance(31 * 1000);

    // Act
    const overLimit = await sb.token(true);

    // Assert
    expect(overLimit.errcode).toBe(45009);
  });

  test('renews in the last 5 minutes while the old token keeps working', async () => {
    // Arrange
    const first = await sb.token();
    clock.advance((7200 - 299) * 1000);

    // Act
    const renewed = await sb.token();
    const check = await sb.post(`/wxa/msg_sec_check?access_token=${first.access_token}`, {
      version: 2,
      openid: 'o1',
      scene: 1,
      content: '你好',
    });

    // Assert
    expect(renewed.access_token).not.toBe(first.access_token);
    expect(check.errcode).toBe(0);
  });

  test('answers 42001 for an expired token', async () => {
    // Arrange
    const { access_token: token } = await sb.token();
    clock.advance(7200 * 1000);

    // Act
    const check = await sb.post(`/wxa/msg_sec_check?access_token=${token}`, {
      version: 2,
      openid: 'o1',
      scene: 1,
      content: '你好',
    });

    // Assert
    expect(check.errcode).toBe(42001);
  });

  test('rejects bad credentials and a wrong grant_type', async () => {
    // Act
    const badAppid = await sb.post('/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: 'wx-other',
      secret: 'sandbox-secret',
    });
    const badSecret = await sb.post('/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      appid: APPID,
      secret: 'nope',
    });
    const badGrant = await sb.post('/cgi-bin/stable_token', {
      grant_type: 'password',
      appid: APPID,
      secret: 'sandbox-secret',
    });

    // Assert
    expect(badAppid.errcode).toBe(40013);
    expect(badSecret.errcode).toBe(40125);
    expect(badGrant.errcode).toBe(40002);
  });

  test('answers 43002 when stable_token is called with GET', async () => {
    // Act
    const res = await sb.get('/cgi-bin/stable_token');

    // Assert
    expect(res.errcode).toBe(43002);
  });
});
