/**
 * The environment is read in config.ts alone: each section parsed on first use, then frozen and
 * kept; a missing or wrong value names its variable.
 */
type Config = typeof import('../../src/config');

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

/** A fresh config module, as a new Lambda container would load it, under this environment. */
function freshConfig(env: Record<string, string | undefined>): Config {
  process.env = { ...saved, ...env };
  for (const [name, value] of Object.entries(env))
    if (value === undefined) delete process.env[name];
  let config: Config | undefined;
  jest.isolateModules(() => {
    config = jest.requireActual<Config>('../../src/config');
  });
  return config!;
}

test('a section is parsed on first use, then kept and frozen: a later change of the environment is not seen', () => {
  const config = freshConfig({
    TABLE_NAME: 'first',
    DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
    AWS_REGION: 'local',
  });
  const table = config.tableConfig();
  process.env.TABLE_NAME = 'second';

  expect(config.tableConfig()).toBe(table);
  expect(table).toEqual({ name: 'first', endpoint: 'http://127.0.0.1:8000', region: 'local' });
  expect(Object.isFrozen(table)).toBe(true);
});

test('the environment may be set after import and before first use', () => {
  const config = freshConfig({ TABLE_NAME: undefined });
  process.env.TABLE_NAME = 'set-late';

  expect(config.tableConfig().name).toBe('set-late');
});

test('a missing required value names its variable', () => {
  const config = freshConfig({
    WECHAT_API_BASE: 'http://127.0.0.1:9',
    WECHAT_APPID: 'wx-app',
    WECHAT_SECRET: undefined,
  });

  expect(() => config.wechatConfig()).toThrow('environment variable WECHAT_SECRET is not set');
});

test('an invalid value says what is allowed', () => {
  expect(() => freshConfig({ WECHAT_MINIPROGRAM_STATE: 'release' }).miniprogramState()).toThrow(
    'WECHAT_MINIPROGRAM_STATE must be one of formal, trial, developer, got "release"',
  );
  expect(() => freshConfig({ WECHAT_TIMEOUT_MS: '5s' }).wechatTimeoutMs()).toThrow(
    'WECHAT_TIMEOUT_MS must be a positive integer, got "5s"',
  );
  expect(() => freshConfig({ WECHAT_TEMPLATE_LONG_TERM: 'releases' }).templateIds()).toThrow(
    'WECHAT_TEMPLATE_LONG_TERM names unknown message kinds: releases',
  );
});

test('queues are configured only with both lanes; the CDN only with its distribution', () => {
  expect(
    freshConfig({
      NOTIFY_QUEUE_URGENT_URL: 'https://sqs/urgent',
      NOTIFY_QUEUE_ROUTINE_URL: undefined,
    }).notifyQueues(),
  ).toBeUndefined();
  expect(
    freshConfig({
      NOTIFY_QUEUE_URGENT_URL: 'https://sqs/urgent',
      NOTIFY_QUEUE_ROUTINE_URL: 'https://sqs/routine',
      AWS_REGION: 'cn-northwest-1',
    }).notifyQueues(),
  ).toEqual({
    urgent: 'https://sqs/urgent',
    routine: 'https://sqs/routine',
    region: 'cn-northwest-1',
  });
  expect(freshConfig({ CDN_DISTRIBUTION_ID: '' }).cdnConfig()).toBeUndefined();
  expect(
    freshConfig({
      CDN_DISTRIBUTION_ID: 'E1',
      AWS_REGION: undefined,
      AWS_ENDPOINT_URL_CLOUDFRONT: undefined,
    }).cdnConfig(),
  ).toEqual({ distributionId: 'E1', region: 'us-east-1', endpoint: undefined });
});
