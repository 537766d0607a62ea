import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { wechatTokenKey } from '../../src/adapters/dynamo/keys';
import { DynamoTokenCache } from '../../src/adapters/dynamo/token-cache';
import {
  WeChatAccessTokens,
  type AccessTokensConfig,
} from '../../src/adapters/wechat/access-tokens';
import { createSuiteTable } from './support/table';
import { SANDBOX_APP, startWeChatSandbox } from './support/wechat-sandbox';

const HOUR = 3600_000;

let table: Awaited<ReturnType<typeof createSuiteTable>>;
let sandbox: Awaited<ReturnType<typeof startWeChatSandbox>>;
let clock = Date.UTC(2024, 5, 1, 2, 0, 0);

beforeAll(async () => {
  table = await createSuiteTable('access-tokens');
  // Sandbox and tokens share one clock, so a test can move both past expiry.
  sandbox = await startWeChatSandbox({ now: () => clock });
});

afterAll(async () => {
  await sandbox.close();
  await table.drop();
});

beforeEach(async () => {
  sandbox.reset();
  clock = Date.UTC(2024, 5, 1, 2, 0, 0);
  await new DynamoTokenCache(table.client, table.tableName).drop((await cachedToken()) ?? '');
});

async function cachedToken(): Promise<string | undefined> {
  const { Item } = await table.client.send(
    new GetCommand({ TableName: table.tableName, Key: wechatTokenKey(), ConsistentRead: true }),
  );
  return Item?.token as string | undefined;
}

/** One "function container": its own memory, the shared table. */
function container(overrides: Partial<AccessTokensConfig> = {}) {
  return new WeChatAccessTokens({
    baseUrl: sandbox.baseUrl,
    ...SANDBOX_APP,
    cache: new DynamoTokenCache(table.client, table.tableName),
    now: () => clock,
    pollMs: 20,
    ...overrides,
  });
}

describe('access_token: memory, then the table, then stable_token under a lease', () => {
  test('10 concurrent calls in 10 cold containers make exactly one stable_token call', async () => {
    const containers = Array.from({ length: 10 }, () => container());

    const tokens = await Promise.all(containers.map((c) => c.token()));

    expect(new Set(tokens).size).toBe(1);
    expect(await sandbox.tokenCalls()).toBe(1);
    expect(await cachedToken()).toBe(tokens[0]);
  });

  test('10 concurrent calls in one cold container make one stable_token call', async () => {
    const tokens = container();

    const got = await Promise.all(Array.from({ length: 10 }, () => tokens.token()));

    expect(new Set(got).size).toBe(1);
    expect(await sandbox.tokenCalls()).toBe(1);
  });

  test('a warm container answers from memory; a new one from the table; neither asks WeChat', async () => {
    const first = container();
    const token = await first.token();

    await expect(first.token()).resolves.toBe(token);
    await expect(container().token()).resolves.toBe(token);

    expect(await sandbox.tokenCalls()).toBe(1);
  });

  test('never asks for force_refresh', async () => {
    const bodies: string[] = [];
    const recording: typeof fetch = (input, init) => {
      bodies.push(String(init?.body));
      return fetch(input, init);
    };
    const tokens = container({ fetch: recording });

    const token = await tokens.token();
    await tokens.refresh(token);

    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(JSON.parse(body)).not.toHaveProperty('force_refresh');
  });

  test('near expiry the token is renewed once and the new one shared', async () => {
    const a = container();
    const b = container();
    const old = await a.token();

    // 1 h 58 min later: 2 minutes left, inside the renewal margin (and inside WeChat's 5-minute window).
    clock += 2 * HOUR - 2 * 60_000;
    const during = await Promise.all([a.token(), b.token()]);
    const renewed = await cachedToken();

    // One of them renewed; the other may use the old token while it still works rather than wait.
    expect(renewed).not.toBe(old);
    expect(during).toContain(renewed);
    for (const token of during) expect([old, renewed]).toContain(token);
    expect(await sandbox.tokenCalls()).toBe(2);
    await expect(a.token()).resolves.toBe(renewed);
    await expect(b.token()).resolves.toBe(renewed);
    expect(await sandbox.tokenCalls()).toBe(2);
  });

  test('memory is kept only briefly: a token renewed elsewhere is picked up within a minute', async () => {
    const a = container();
    const b = container();
    const old = await a.token();
    await b.refresh(old); // b was told the token is refused; the sandbox hands out the current one again
    await sandbox.control('POST', '/sandbox/expire-token');
    const renewed = await b.refresh(old);

    clock += 61_000;

    expect(renewed).not.toBe(old);
    await expect(a.token()).resolves.toBe(renewed);
  });

  test('refresh after 40001 drops the refused token and fetches again (same token if WeChat still holds it current)', async () => {
    const tokens = container();
    const token = await tokens.token();

    const again = await tokens.refresh(token);

    expect(again).toBe(token); // stable_token in normal mode: the current token, nothing revoked
    expect(await sandbox.tokenCalls()).toBe(2);
  });

  test('refresh after a token was revoked elsewhere (force_refresh) brings the new one', async () => {
    const tokens = container();
    const old = await tokens.token();
    const forced = await sandbox.control('POST', '/cgi-bin/stable_token', {
      grant_type: 'client_credential',
      ...SANDBOX_APP,
      force_refresh: true,
    });

    const renewed = await tokens.refresh(old);

    expect(renewed).toBe(forced.access_token);
    expect(await cachedToken()).toBe(renewed);
  });

  test('refresh leaves a newer token in the table alone', async () => {
    const a = container();
    const b = container();
    const old = await a.token();
    await sandbox.control('POST', '/sandbox/expire-token');
    const renewed = await a.refresh(old);

    // b still remembers the old token from before; its refusal must not drop a's renewal.
    await expect(b.refresh(old)).resolves.toBe(renewed);
    expect(await cachedToken()).toBe(renewed);
  });

  test('many concurrent refusals of one token in one container renew once', async () => {
    const tokens = container();
    const old = await tokens.token();
    await sandbox.control('POST', '/sandbox/expire-token');

    const renewed = await Promise.all(Array.from({ length: 10 }, () => tokens.refresh(old)));

    expect(new Set(renewed).size).toBe(1);
    expect(await sandbox.tokenCalls()).toBe(2);
  });

  test('a lease left by a function that died makes others wait at most until it runs out', async () => {
    const cache = new DynamoTokenCache(table.client, table.tableName);
    await cache.takeLease('dead-function', clock, 10_000);
    // Waiting moves the shared clock: the lease runs out after 10 s of polling.
    const tokens = container({ sleep: async (ms) => void (clock += ms * 50), maxWaitMs: 60_000 });

    const token = await tokens.token();

    expect(token).toEqual(expect.any(String));
    expect(await sandbox.tokenCalls()).toBe(1);
  });

  test('an unreachable WeChat gives the lease back at once and fails with -1', async () => {
    const offline = container({ baseUrl: 'http://127.0.0.1:9' }); // a port fetch refuses: nothing is sent

    await expect(offline.token()).rejects.toMatchObject({ errcode: -1 });
    // The next function need not wait for the lease to run out.
    await expect(container().token()).resolves.toEqual(expect.any(String));
  });

  test("a wrong secret is WeChat's errcode", async () => {
    const wrong = container({ secret: 'not-the-secret' });

    await expect(wrong.token()).rejects.toMatchObject({ errcode: 40125 });
  });
});
