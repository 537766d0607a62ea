import { createServer } from 'node:net';
import { DynamoTokenCache } from '../../src/adapters/dynamo/token-cache';
import { WeChatAccessTokens } from '../../src/adapters/wechat/access-tokens';
import {
  HttpMessageSender,
  type MessageSenderConfig,
} from '../../src/adapters/wechat/http-message-sender';
import { releaseMessage } from '../../src/domain/notifications/messages';
import type { AccessTokens } from '../../src/ports/notification-ports';
import { createSuiteTable } from './support/table';
import { SANDBOX_APP, startWeChatSandbox } from './support/wechat-sandbox';

const SEND = '/cgi-bin/message/subscribe/send';
const TEMPLATE = 'TPL_POLICY_RELEASE';
const OPENID = 'o-resident-1';

let table: Awaited<ReturnType<typeof createSuiteTable>>;
let sandbox: Awaited<ReturnType<typeof startWeChatSandbox>>;
let tokens: WeChatAccessTokens;

beforeAll(async () => {
  table = await createSuiteTable('message-sender');
  sandbox = await startWeChatSandbox();
});

afterAll(async () => {
  await sandbox.close();
  await table.drop();
});

beforeEach(async () => {
  sandbox.reset();
  // A fresh container each test: the sandbox forgot its tokens, so the table's one must go too.
  const cache = new DynamoTokenCache(table.client, table.tableName);
  const cached = await cache.read(Date.now());
  if (cached.cached) await cache.drop(cached.cached.token);
  tokens = new WeChatAccessTokens({ baseUrl: sandbox.baseUrl, ...SANDBOX_APP, cache });
});

/** A port nothing listens on (fetch refuses some low ports outright, so not those). */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function sender(overrides: Partial<MessageSenderConfig> = {}) {
  return new HttpMessageSender({ baseUrl: sandbox.baseUrl, tokens, timeoutMs: 1000, ...overrides });
}

const message = (openid = OPENID) =>
  releaseMessage({
    openid,
    templateId: TEMPLATE,
    item: {
      id: '01HZX3Y4ABCDEFGHJKMNPQRSTV',
      title: '户籍迁移办理流程调整的政策解读',
      publishedAt: '2024-06-01T02:00:00.000Z',
      officeName: '人口管理大队',
    },
  });

const grant = (count = 1, openid = OPENID) =>
  sandbox.control('POST', '/sandbox/subscribe', { openid, template_id: TEMPLATE, count });
const failNext = (errcode: number) =>
  sandbox.control('POST', '/sandbox/fail-next', { path: SEND, errcode });
const delivered = async () =>
  (await sandbox.control('GET', `/sandbox/messages?touser=${OPENID}`)) as Array<
    Record<string, unknown>
  >;
const sendCalls = async () =>
  (await sandbox.calls()).filter((c) => c.path === SEND).map((c) => c.errcode);

describe('subscribe/send, judged by errcode', () => {
  test('errcode 0 is sent, with the msgid, and the message is as WeChat takes it', async () => {
    await grant();

    const outcome = await sender().send(message());

    expect(outcome).toEqual({ kind: 'sent', msgid: '1' });
    expect(await delivered()).toEqual([
      expect.objectContaining({
        touser: OPENID,
        template_id: TEMPLATE,
        page: 'pages/content/detail?id=01HZX3Y4ABCDEFGHJKMNPQRSTV',
        miniprogram_state: 'formal',
        lang: 'zh_CN',
        data: {
          thing1: { value: '户籍迁移办理流程调整的政策解读' },
          time2: { value: '2024年6月1日 10:00' },
          thing3: { value: '人口管理大队' },
        },
      }),
    ]);
  });

  test('the mini-program state is configurable (developer, trial)', async () => {
    await grant();

    await sender({ miniprogramState: 'trial' }).send(message());

    expect((await delivered())[0]).toMatchObject({ miniprogram_state: 'trial' });
  });

  test('an unknown mini-program state is refused when the sender is built', () => {
    expect(() => sender({ miniprogramState: 'beta' as never })).toThrow(/formal, trial, developer/);
  });

  test.each([40001, 42001, 40014])(
    '%i: the token is renewed and the message sent on the one retry',
    async (errcode) => {
      await grant();
      await failNext(errcode);

      const outcome = await sender().send(message());

      expect(outcome).toEqual({ kind: 'sent', msgid: expect.any(String) });
      expect(await sendCalls()).toEqual([errcode, 0]);
      expect(await sandbox.tokenCalls()).toBe(2);
    },
  );

  test('a token that really expired (42001) is replaced by a new one and the message sent', async () => {
    await grant();
    const before = await tokens.token();
    await sandbox.control('POST', '/sandbox/expire-token');

    const outcome = await sender().send(message());

    expect(outcome.kind).toBe('sent');
    expect(await sendCalls()).toEqual([42001, 0]);
    await expect(tokens.token()).resolves.not.toBe(before);
  });

  test('a second 40001 after the renewal is not retried again: retry later', async () => {
    await grant();
    await failNext(40001);
    await failNext(40001);

    const outcome = await sender().send(message());

    expect(outcome).toEqual({ kind: 'retry', errcode: 40001 });
    expect(await sendCalls()).toEqual([40001, 40001]);
    expect(await delivered()).toEqual([]);
  });

  test.each([-1, 45011])('%i: retry, nothing delivered', async (errcode) => {
    await grant();
    await failNext(errcode);

    await expect(sender().send(message())).resolves.toEqual({ kind: 'retry', errcode });
    expect(await sendCalls()).toEqual([errcode]);
  });

  test('43101 (no credit left) is no_credit, not retried', async () => {
    const outcome = await sender().send(message());

    expect(outcome).toEqual({ kind: 'no_credit' });
    expect(await sendCalls()).toEqual([43101]);
  });

  test("43101 once the person's credits are used up", async () => {
    await grant(1);
    await sender().send(message());

    await expect(sender().send(message())).resolves.toEqual({ kind: 'no_credit' });
  });

  test('47003 (a bad value, here a thing of 21 characters) stops', async () => {
    await grant();
    const bad = message();
    bad.data.thing1 = { value: '一'.repeat(21) };

    await expect(sender().send(bad)).resolves.toEqual({ kind: 'stop', errcode: 47003 });
  });

  test('40037 (unknown template) stops', async () => {
    await expect(
      sender().send({ ...message(), templateId: 'TPL_NOT_CONFIGURED' }),
    ).resolves.toEqual({ kind: 'stop', errcode: 40037 });
  });

  test('41030 (unknown page) stops', async () => {
    await grant();

    await expect(sender().send({ ...message(), page: 'pages/not-a-page/index' })).resolves.toEqual({
      kind: 'stop',
      errcode: 41030,
    });
  });

  test("45009 (the day's quota) is quota", async () => {
    await grant();
    await failNext(45009);

    await expect(sender().send(message())).resolves.toEqual({ kind: 'quota' });
  });

  test('an errcode not in the list stops, so a person looks at it', async () => {
    await grant();
    await failNext(40003);

    await expect(sender().send(message())).resolves.toEqual({ kind: 'stop', errcode: 40003 });
  });

  test('a timeout after the request was sent is unknown, and the message is not sent again', async () => {
    await grant(2);
    await sandbox.control('POST', '/sandbox/delay', { path: SEND, ms: 1500 });

    const outcome = await sender({ timeoutMs: 300 }).send(message());

    expect(outcome).toEqual({ kind: 'unknown' });
    expect(await sendCalls()).toEqual([0]); // WeChat did deliver it: resending would be a duplicate
    expect(await delivered()).toHaveLength(1);
  });

  test('a slow answer within the timeout is still sent', async () => {
    await grant();
    await sandbox.control('POST', '/sandbox/delay', { path: SEND, ms: 200 });

    await expect(sender({ timeoutMs: 2000 }).send(message())).resolves.toMatchObject({
      kind: 'sent',
    });
  });

  test('connection refused (nothing sent) is retry', async () => {
    const token = await tokens.token();
    const fixed: AccessTokens = { token: async () => token, refresh: async () => token };
    const closed = new HttpMessageSender({
      baseUrl: `http://127.0.0.1:${await closedPort()}`,
      tokens: fixed,
      timeoutMs: 1000,
    });

    await expect(closed.send(message())).resolves.toEqual({ kind: 'retry', errcode: -1 });
  });

  test('no token to be had (WeChat out of reach) is retry; a wrong secret stops', async () => {
    const cache = new DynamoTokenCache(table.client, table.tableName);
    const offline = new HttpMessageSender({
      baseUrl: sandbox.baseUrl,
      tokens: new WeChatAccessTokens({
        baseUrl: `http://127.0.0.1:${await closedPort()}`,
        ...SANDBOX_APP,
        cache,
      }),
    });
    const misconfigured = new HttpMessageSender({
      baseUrl: sandbox.baseUrl,
      tokens: new WeChatAccessTokens({
        baseUrl: sandbox.baseUrl,
        ...SANDBOX_APP,
        secret: 'wrong',
        cache,
      }),
    });

    await expect(offline.send(message())).resolves.toEqual({ kind: 'retry', errcode: -1 });
    await expect(misconfigured.send(message())).resolves.toEqual({ kind: 'stop', errcode: 40125 });
  });

  test('a 5% failure rate: every failure is a retry, and retrying delivers each message exactly once', async () => {
    const openids = Array.from({ length: 60 }, (_, i) => `o-bench-${i}`);
    for (const openid of openids) await grant(1, openid);
    await sandbox.control('POST', '/sandbox/fault-rate', {
      path: SEND,
      errcode: 45011,
      rate: 0.05,
      seed: 42,
    });
    const send = sender();

    let retries = 0;
    for (const openid of openids) {
      for (;;) {
        const outcome = await send.send(message(openid));
        if (outcome.kind === 'sent') break;
        expect(outcome).toEqual({ kind: 'retry', errcode: 45011 });
        retries += 1;
      }
    }

    const deliveries = (await sandbox.control('GET', '/sandbox/deliveries')) as Array<{
      count: number;
    }>;
    expect(retries).toBeGreaterThan(0);
    expect(deliveries).toHaveLength(60);
    expect(deliveries.every((d) => d.count === 1)).toBe(true);
  });
});
