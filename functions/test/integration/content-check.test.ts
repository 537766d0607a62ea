import type { AddressInfo } from 'node:net';
import { HttpContentCheck } from '../../src/adapters/wechat/http-content-check';
import { WeChatAccessTokens } from '../../src/adapters/wechat/access-tokens';
import { DynamoTokenCache } from '../../src/adapters/dynamo/token-cache';
import { createSuiteTable } from './support/table';

// The real WeChat sandbox, over HTTP, stands in for api.weixin.qq.com.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let check: HttpContentCheck;
let baseUrl: string;
let table: Awaited<ReturnType<typeof createSuiteTable>>;

/** A checker with the shared access_token (memory, the suite's table, stable_token). */
function checker(wechatBase: string, secret = 'sandbox-secret') {
  const tokens = new WeChatAccessTokens({
    baseUrl: wechatBase,
    appid: 'wx-sandbox-appid',
    secret,
    cache: new DynamoTokenCache(table.client, table.tableName),
  });
  return new HttpContentCheck({ baseUrl: wechatBase, tokens });
}

beforeAll(async () => {
  table = await createSuiteTable('content-check');
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  baseUrl = `http://127.0.0.1:${port}`;
  check = checker(baseUrl);
});

afterAll(async () => {
  await sandbox.close();
  await table.drop();
});

const openid = 'o-resident';

describe('content security check (msg_sec_check v2) against the WeChat sandbox', () => {
  test.each([
    ['an ordinary comment', '建议延长周末办证时间。', 'pass'],
    ['text WeChat calls risky', '这里有诈骗链接，点开就送', 'risky'],
    ['text WeChat holds for review', '可以代办证件吗', 'review'],
  ])('%s is %s', async (_, text, verdict) => {
    await expect(check.check({ text, openid })).resolves.toBe(verdict);
  });

  test('a text longer than one check is checked in parts, the worst part deciding', async () => {
    const text = `${'建议'.repeat(1300)}赌博`;

    await expect(check.check({ text, openid })).resolves.toBe('risky');
  });

  test('WeChat out of reach is "unavailable", never "pass"', async () => {
    const offline = checker('http://127.0.0.1:9');

    await expect(offline.check({ text: '你好', openid })).resolves.toBe('unavailable');
  });

  test('a token revoked elsewhere (another function forced a refresh) is fetched again once', async () => {
    await expect(check.check({ text: '你好', openid })).resolves.toBe('pass');
    await fetch(`${baseUrl}/cgi-bin/stable_token`, {
      method: 'POST',
      body: JSON.stringify({
        grant_type: 'client_credential',
        appid: 'wx-sandbox-appid',
        secret: 'sandbox-secret',
        force_refresh: true,
      }),
    });

    await expect(check.check({ text: '你好', openid })).resolves.toBe('pass');
  });

  test('wrong app credentials are "unavailable"', async () => {
    // The shared cache would hand it the token others fetched: start from an empty one.
    const cache = new DynamoTokenCache(table.client, table.tableName);
    const { cached } = await cache.read(Date.now());
    if (cached) await cache.drop(cached.token);
    const wrong = checker(baseUrl, 'not-the-secret');

    await expect(wrong.check({ text: '你好', openid })).resolves.toBe('unavailable');
  });
});
