'use strict';

const { startSandbox, useSandbox } = require('./helpers');

const TEMPLATE = 'TPL_POLICY_RELEASE';

function policyMessage(touser, overrides = {}) {
  return {
    touser,
    template_id: TEMPLATE,
    page: 'pages/interpretations/detail?id=42',
    data: {
      thing1: { value: '城乡居民医保缴费政策' },
      time2: { value: '2023-03-15 10:30' },
      thing3: { value: '市医疗保障局' },
    },
    ...overrides,
  };
}

describe('subscribe/send', () => {
  const sb = useSandbox();
  let token;
  let openid;

  beforeEach(async () => {
    ({ access_token: token } = await sb.token());
    ({ openid } = await sb.loginCode('resident-1'));
  });

  const send = (body) => sb.post(`/cgi-bin/message/subscribe/send?access_token=${token}`, body);
  const grant = (count) => sb.post('/sandbox/subscribe', { openid, template_id: TEMPLATE, count });

  test('answers 40001 for a token it never issued', async () => {
    // Arrange
    await grant(1);

    // Act
    const res = await sb.post(
      '/cgi-bin/message/subscribe/send?access_token=not-a-token',
      policyMessage(openid),
    );

    // Assert
    expect(res).toEqual({
      errcode: 40001,
      errmsg: 'invalid credential, access_token is invalid or not latest',
    });
  });

  test('answers 41001 without an access_token', async () => {
    // Act
    const res = await sb.post('/cgi-bin/message/subscribe/send', policyMessage(openid));

    // Assert
    expect(res.errcode).toBe(41001);
  });

  test('answers 43101 when the user has no subscription credit', async () => {
    // Act
    const res = await send(policyMessage(openid));

    // Assert
    expect(res).toEqual({ errcode: 43101, errmsg: 'user refuse to accept the msg' });
    expect(await sb.get('/sandbox/messages')).toEqual([]);
  });

  test('sends with a credit, lists the message and uses the credit up', async () => {
    // Arrange
    await grant(1);

    // Act
    const res = await send(policyMessage(openid));
    const again = await send(policyMessage(openid));
    const messages = await sb.get('/sandbox/messages');

    // Assert
    expect(res).toEqual({ errcode: 0, errmsg: 'ok', msgid: expect.any(Number) });
    expect(again.errcode).toBe(43101);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      msgid: res.msgid,
      touser: openid,
      template_id: TEMPLATE,
      page: 'pages/interpretations/detail?id=42',
    });
    expect(messages[0].data.thing1.value).toBe('城乡居民医保缴费政策');
  });

  test('shows a sent message on the status page', async () => {
    // Arrange
    await grant(1);
    await send(policyMessage(openid));

    // Act
    const page = await sb.request('GET', '/');

    // Assert
    expect(page.type).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('<title>微信接口沙箱</title>');
    expect(page.text).toContain('城乡居民医保缴费政策');
    expect(page.text).toContain(`${openid.slice(0, 6)}…`);
    expect(page.text).not.toContain(openid);
  });

  test('answers 47003 for a thing value of 21 characters', async () => {
    // Arrange
    await grant(1);
    const message = policyMessage(openid);
    message.data.thing1.value = '一'.repeat(21);

    // Act
    const res = await send(message);

    // Assert
    expect(res).toEqual({ errcode: 47003, errmsg: 'argument invalid! data.thing1.value invalid' });
  });

  test('answers 47003 for a data key the template does not have', async () => {
    // Arrange
    await grant(1);
    const message = policyMessage(openid);
    message.data.thing9 = { value: '多余' };

    // Act
    const res = await send(message);

    // Assert
    expect(res.errcode).toBe(47003);
    expect(res.errmsg).toContain('data.thing9');
  });

  test('answers 40037 for a template that is not configured', async () => {
    // Act
    const res = await send(policyMessage(openid, { template_id: 'TPL_UNKNOWN' }));

    // Assert
    expect(res.errcode).toBe(40037);
  });

  test('answers 41030 for an unknown page and accepts sub-package pages', async () => {
    // Arrange
    await grant(1);

    // Act
    const unknown = await send(policyMessage(openid, { page: 'pages/secret/admin' }));
    const subPackage = await send(policyMessage(openid, { page: 'packages/admin/review?id=1' }));

    // Assert
    expect(unknown.errcode).toBe(41030);
    expect(subPackage.errcode).toBe(0);
  });

  test('answers 45009 when the daily quota is used up', async () => {
    // Arrange
    const limited = await startSandbox({ sendQuotaPerDay: 1 });
    const { access_token: limitedToken } = await limited.token();
    await limited.post('/sandbox/subscribe', { openid, template_id: TEMPLATE, count: 2 });
    const path = `/cgi-bin/message/subscribe/send?access_token=${limitedToken}`;
    await limited.post(path, policyMessage(openid));

    // Act
    const res = await limited.post(path, policyMessage(openid));
    await limited.close();

    // Assert
    expect(res.errcode).toBe(45009);
  });

  test('answers 47001 for a malformed JSON body', async () => {
    // Act
    const res = await sb.request(
      'POST',
      `/cgi-bin/message/subscribe/send?access_token=${token}`,
      '{"touser": ',
    );

    // Assert
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ errcode: 47001, errmsg: 'data format error' });
  });
});
