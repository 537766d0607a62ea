'use strict';

const { useSandbox } = require('./helpers');
const { seededRandom } = require('../faults');

const SEND = '/cgi-bin/message/subscribe/send';
const TEMPLATE = 'TPL_REPLY';

function replyMessage(touser, page = 'pages/my-questions/index') {
  return {
    touser,
    template_id: TEMPLATE,
    page,
    data: {
      thing1: { value: '户籍咨询' },
      thing2: { value: '已答复' },
      time3: { value: '2024年6月1日 10:30' },
    },
  };
}

describe('scripted faults', () => {
  const sb = useSandbox();
  let token;

  beforeEach(async () => {
    ({ access_token: token } = await sb.token());
  });

  const send = (body) => sb.post(`${SEND}?access_token=${token}`, body);
  const grant = (openid, count = 1) =>
    sb.post('/sandbox/subscribe', { openid, template_id: TEMPLATE, count });

  test('fail-next 40001 makes the next send refuse a valid token once (a token that "expires" once)', async () => {
    // Arrange
    await grant('oA', 2);
    await sb.post('/sandbox/fail-next', { path: SEND, errcode: 40001 });

    // Act
    const refused = await send(replyMessage('oA'));
    const accepted = await send(replyMessage('oA'));

    // Assert
    expect(refused.errcode).toBe(40001);
    expect(accepted.errcode).toBe(0);
  });

  test('expire-token expires the current token: sends answer 42001 and stable_token issues a new one', async () => {
    // Arrange
    await grant('oA');

    // Act
    const expired = await sb.request('POST', '/sandbox/expire-token', {});
    const refused = await send(replyMessage('oA'));
    const renewed = await sb.token();

    // Assert
    expect(expired.status).toBe(200);
    expect(refused.errcode).toBe(42001);
    expect(renewed.access_token).not.toBe(token);
    expect(renewed.expires_in).toBe(7200);
  });

  test('expire-token before any token is a 400', async () => {
    // Arrange
    sb.sandbox.reset();

    // Act
    const res = await sb.request('POST', '/sandbox/expire-token', {});

    // Assert
    expect(res.status).toBe(400);
  });

  test('delay holds back the next answers on a path, after the message was delivered', async () => {
    // Arrange
    await grant('oA', 3);
    const armed = await sb.post('/sandbox/delay', { path: SEND, ms: 300, count: 2 });

    // Act
    const times = [];
    for (let i = 0; i < 3; i++) {
      const started = Date.now();
      await send(replyMessage('oA'));
      times.push(Date.now() - started);
    }

    // Assert
    expect(armed).toEqual({ path: SEND, ms: 300, count: 2 });
    expect(times[0]).toBeGreaterThanOrEqual(290);
    expect(times[1]).toBeGreaterThanOrEqual(290);
    expect(times[2]).toBeLessThan(250);
    expect(await sb.get('/sandbox/messages')).toHaveLength(3);
  });

  test('a client that gives up during a delay leaves the message delivered', async () => {
    // Arrange
    await grant('oA');
    await sb.post('/sandbox/delay', { path: SEND, ms: 1000 });

    // Act
    const aborted = await fetch(`${sb.base}${SEND}?access_token=${token}`, {
      method: 'POST',
      body: JSON.stringify(replyMessage('oA')),
      signal: AbortSignal.timeout(200),
    }).catch((e) => e);
    const delivered = await sb.get('/sandbox/messages?touser=oA');

    // Assert
    expect(aborted.name).toBe('TimeoutError');
    expect(delivered).toHaveLength(1);
  });

  test('delay with ms 0 clears it, and bad bodies are 400', async () => {
    // Arrange
    await sb.post('/sandbox/delay', { path: SEND, ms: 5000 });

    // Act
    const cleared = await sb.post('/sandbox/delay', { path: SEND, ms: 0 });
    const faults = await sb.get('/sandbox/faults');
    const badPath = await sb.request('POST', '/sandbox/delay', { path: '/sandbox/reset', ms: 10 });
    const badMs = await sb.request('POST', '/sandbox/delay', { path: SEND, ms: -1 });
    const tooLong = await sb.request('POST', '/sandbox/delay', { path: SEND, ms: 10 * 60 * 1000 });

    // Assert
    expect(cleared.count).toBe(0);
    expect(faults.delays).toEqual([]);
    expect([badPath.status, badMs.status, tooLong.status]).toEqual([400, 400, 400]);
  });

  test('fault-rate answers the errcode on about that share of calls, the same calls for the same seed', async () => {
    // Arrange
    const openids = Array.from({ length: 200 }, (_, i) => `oP${i}`);
    for (const openid of openids) await grant(openid);
    const armed = await sb.post('/sandbox/fault-rate', {
      path: SEND,
      errcode: 45011,
      rate: 0.2,
      seed: 7,
    });

    // Act
    const errcodes = [];
    for (const openid of openids) errcodes.push((await send(replyMessage(openid))).errcode);
    const random = seededRandom(7);
    const expected = openids.map(() => (random() < 0.2 ? 45011 : 0));

    // Assert
    expect(armed).toMatchObject({ path: SEND, errcode: 45011, rate: 0.2, seed: 7 });
    expect(errcodes).toEqual(expected);
    const failures = errcodes.filter((e) => e === 45011).length;
    expect(failures).toBeGreaterThan(20);
    expect(failures).toBeLessThan(60);
    expect((await sb.get('/sandbox/faults')).faultRates).toEqual([
      { path: SEND, errcode: 45011, rate: 0.2, seed: 7, injected: failures },
    ]);
  });

  test('fault-rate without a seed returns the one it drew', async () => {
    // Act
    const armed = await sb.post('/sandbox/fault-rate', { path: SEND, errcode: -1, rate: 0.05 });

    // Assert
    expect(armed).toMatchObject({
      errcode: -1,
      errmsg: 'system error',
      rate: 0.05,
      seed: expect.any(Number),
    });
  });

  test('fault-rate stops with rate 0 or DELETE', async () => {
    // Arrange
    await grant('oA', 2);
    await sb.post('/sandbox/fault-rate', { path: SEND, errcode: -1, rate: 1 });
    const failed = await send(replyMessage('oA'));

    // Act
    const stopped = await sb.post('/sandbox/fault-rate', { path: SEND, rate: 0 });
    const first = await send(replyMessage('oA'));
    await sb.post('/sandbox/fault-rate', { path: SEND, errcode: -1, rate: 1 });
    const deleted = await sb.request(
      'DELETE',
      `/sandbox/fault-rate?path=${encodeURIComponent(SEND)}`,
    );
    const second = await send(replyMessage('oA'));

    // Assert
    expect(failed.errcode).toBe(-1);
    expect(stopped).toEqual({ path: SEND, rate: 0 });
    expect(first.errcode).toBe(0);
    expect(deleted.json).toEqual({ cleared: SEND });
    expect(second.errcode).toBe(0);
  });

  test('fault-rate refuses a rate outside 0..1, errcode 0 and a path that is not WeChat', async () => {
    // Act
    const statuses = await Promise.all([
      sb.request('POST', '/sandbox/fault-rate', { path: SEND, errcode: -1, rate: 1.5 }),
      sb.request('POST', '/sandbox/fault-rate', { path: SEND, errcode: 0, rate: 0.5 }),
      sb.request('POST', '/sandbox/fault-rate', { path: '/nope', errcode: -1, rate: 0.5 }),
      sb.request('POST', '/sandbox/fault-rate', { path: SEND, errcode: -1, rate: 0.5, seed: 'x' }),
    ]);

    // Assert
    expect(statuses.map((r) => r.status)).toEqual([400, 400, 400, 400]);
  });

  test('43101 once the credits run out and 47003 for a bad value need no scripting', async () => {
    // Arrange
    await grant('oA');
    await send(replyMessage('oA'));

    // Act
    const noCredit = await send(replyMessage('oA'));
    await grant('oA');
    const badValue = await send({
      ...replyMessage('oA'),
      data: { thing1: { value: '超'.repeat(21) } },
    });

    // Assert
    expect(noCredit.errcode).toBe(43101);
    expect(badValue.errcode).toBe(47003);
  });

  test('reset clears every armed fault', async () => {
    // Arrange
    await sb.post('/sandbox/fail-next', { path: SEND, errcode: -1 });
    await sb.post('/sandbox/delay', { path: SEND, ms: 100 });
    await sb.post('/sandbox/fault-rate', { path: SEND, errcode: -1, rate: 0.5, seed: 1 });

    // Act
    await sb.post('/sandbox/reset', {});

    // Assert
    expect(await sb.get('/sandbox/faults')).toEqual({ failNext: [], delays: [], faultRates: [] });
  });
});

describe('delivered messages per person', () => {
  const sb = useSandbox();

  async function deliver(openid, page) {
    const { access_token: token } = await sb.token();
    await sb.post('/sandbox/subscribe', { openid, template_id: TEMPLATE });
    return sb.post(`${SEND}?access_token=${token}`, replyMessage(openid, page));
  }

  test("GET /sandbox/messages?touser= keeps one person's messages", async () => {
    // Arrange
    await deliver('oAlice', 'pages/my-questions/index');
    await deliver('oBob', 'pages/my-applications/index');
    await deliver('oAlice', 'pages/my-applications/index');

    // Act
    const alice = await sb.get('/sandbox/messages?touser=oAlice');
    const nobody = await sb.get('/sandbox/messages?touser=oNobody');

    // Assert
    expect(alice.map((m) => m.page)).toEqual([
      'pages/my-questions/index',
      'pages/my-applications/index',
    ]);
    expect(nobody).toEqual([]);
  });

  test('GET /sandbox/deliveries counts per person, template and page, so a duplicate shows as 2', async () => {
    // Arrange
    await deliver('oAlice', 'pages/content/detail?id=1');
    await deliver('oAlice', 'pages/content/detail?id=1');
    await deliver('oBob', 'pages/content/detail?id=1');

    // Act
    const deliveries = await sb.get('/sandbox/deliveries');

    // Assert
    expect(deliveries).toEqual([
      { touser: 'oAlice', template_id: TEMPLATE, page: 'pages/content/detail?id=1', count: 2 },
      { touser: 'oBob', template_id: TEMPLATE, page: 'pages/content/detail?id=1', count: 1 },
    ]);
  });

  test('the status page groups delivered messages by person', async () => {
    // Arrange
    await deliver('oAlice111', 'pages/my-questions/index');
    await deliver('oBob22222', 'pages/my-applications/index');
    await deliver('oAlice111', 'pages/content/detail?id=9');

    // Act
    const page = (await sb.request('GET', '/')).text;

    // Assert
    const section = page.slice(page.indexOf('按用户查看已送达消息'), page.indexOf('订阅消息（'));
    const alice = section.indexOf('oAlice…');
    const bob = section.indexOf('oBob22…');
    expect(alice).toBeGreaterThan(-1);
    expect(bob).toBeGreaterThan(alice); // the most recent recipient first
    const aliceRow = section.slice(alice, bob);
    expect(aliceRow).toContain('<td>2</td>');
    expect(aliceRow).toContain('pages/content/detail?id=9');
    expect(aliceRow).toContain('pages/my-questions/index');
  });

  test('the status page lists armed faults', async () => {
    // Arrange
    await sb.post('/sandbox/fault-rate', { path: SEND, errcode: 45011, rate: 0.05, seed: 3 });

    // Act
    const page = (await sb.request('GET', '/')).text;

    // Assert
    expect(page).toContain('故障注入');
    expect(page).toContain('errcode 45011，比例 0.05，种子 3');
  });
});
