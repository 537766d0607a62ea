import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from './support/app';
import { startWeChatSandbox } from './support/wechat-sandbox';

/**
 * Sign-in is throttled before WeChat is asked: a flood of junk codes must not spend the app's
 * jscode2session quota (WeChat then refuses sign-in, 45011, for every resident). The sandbox's
 * call log counts what reached WeChat.
 */
const clockFile = join(tmpdir(), `sunshine-sign-in-clock-${process.pid}`);
/** The overall limit of this suite (the stage's is far higher): small enough to reach in a test. */
const OVERALL_PER_MINUTE = 30;

let app: Awaited<ReturnType<typeof createTestApp>>;
let sandbox: Awaited<ReturnType<typeof startWeChatSandbox>>;
let minutes = 0;

/**
 * The functions' clock at the start of a minute it has not seen yet: each test counts in a window
 * of its own, and a test's few seconds never straddle two windows.
 */
function freshMinute() {
  minutes += 2;
  const now = Date.now();
  writeFileSync(clockFile, String(Math.ceil(now / 60_000) * 60_000 - now + minutes * 60_000));
}

const signInCalls = async () =>
  (await sandbox.calls()).filter((call) => call.path === '/sns/jscode2session').length;
const login = (code: string, sourceIp: string) => app.call('login', { body: { code }, sourceIp });

beforeAll(async () => {
  sandbox = await startWeChatSandbox();
  app = await createTestApp('sign-in-limits', {
    WECHAT_API_BASE: sandbox.baseUrl,
    LOCAL_CLOCK_FILE: clockFile,
    SIGN_IN_LIMIT_PER_MINUTE: String(OVERALL_PER_MINUTE),
  });
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

test('sixty junk codes from one address: WeChat is asked twenty times, the rest answer 429 with Retry-After and a Chinese message', async () => {
  freshMinute();
  const before = await signInCalls();
  const responses = [];
  for (let i = 0; i < 60; i++) responses.push(await login(`junk-code-${i}`, '203.0.113.60'));

  expect(await signInCalls()).toBe(before + 20);
  expect(responses.slice(0, 20).map((response) => response.status)).toEqual(Array(20).fill(400));
  expect(responses.slice(20).every((response) => response.status === 429)).toBe(true);
  const refused = responses[59]!;
  expect(refused.body.error).toEqual({ code: 'RATE_LIMITED', message: '登录过于频繁，请稍后再试' });
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
});

test('from many addresses, past the overall limit of the minute, WeChat is not asked', async () => {
  freshMinute();
  const before = await signInCalls();
  const statuses: number[] = [];
  for (let i = 0; i < OVERALL_PER_MINUTE + 10; i++)
    statuses.push((await login(`junk-code-many-${i}`, `198.51.100.${i + 1}`)).status);

  expect(await signInCalls()).toBe(before + OVERALL_PER_MINUTE);
  expect(statuses.slice(OVERALL_PER_MINUTE)).toEqual(Array(10).fill(429));
});
