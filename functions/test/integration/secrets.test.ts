import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestBody } from './support/request-body';

/**
 * Secrets come from SSM Parameter Store at a container's first request, never from the template:
 * against an HTTP server that answers as SSM does (JSON protocol), the loader asks once, for the
 * stage's names, decrypted, and fills what the environment lacks.
 */
let server: Server;
const asked: Array<{ target: string; body: { Names: string[]; WithDecryption: boolean } }> = [];
const authorizations: string[] = [];

beforeAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the test's fake AWS endpoint: its one await reads the body the code under test sends
  server = createServer(async (request, response) => {
    const body = JSON.parse(await requestBody(request));
    asked.push({ target: String(request.headers['x-amz-target']), body });
    authorizations.push(String(request.headers.authorization));
    const values: Record<string, string> = {
      '/sunshine/prod/session-secret': 's'.repeat(40),
      '/sunshine/prod/address-secret': 'a'.repeat(40),
      '/sunshine/prod/wechat-appid': 'wx-prod-appid',
      '/sunshine/prod/wechat-secret': 'prod-secret',
    };
    response.setHeader('content-type', 'application/x-amz-json-1.1');
    response.end(
      JSON.stringify({
        Parameters: body.Names.filter((name: string) => values[name]).map((name: string) => ({
          Name: name,
          Value: values[name],
          Type: 'SecureString',
        })),
        InvalidParameters: body.Names.filter((name: string) => !values[name]),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

/** A function's environment in AWS China, its SSM endpoint being this test's server. */
const inAwsWithSsm = () => ({
  AWS_ENDPOINT_URL_SSM: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  AWS_REGION: 'cn-northwest-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  SECRETS_SSM_PREFIX: '/sunshine/prod',
});

test('the missing secrets are read once from /sunshine/<stage>/, decrypted; those already set are not asked for', async () => {
  const saved = { ...process.env };
  Object.assign(process.env, {
    ...inAwsWithSsm(),
    WECHAT_APPID: 'already-set',
  });
  delete process.env.SESSION_SECRET;
  delete process.env.ADDRESS_SECRET;
  delete process.env.WECHAT_SECRET;
  try {
    const { loadSecrets } = await import('../../src/commons/secrets');
    await loadSecrets();
    await loadSecrets();

    expect(asked).toEqual([
      {
        target: 'AmazonSSM.GetParameters',
        body: {
          Names: [
            '/sunshine/prod/session-secret',
            '/sunshine/prod/address-secret',
            '/sunshine/prod/wechat-secret',
          ],
          WithDecryption: true,
        },
      },
    ]);
    // Signed (SigV4) with the function's credentials, for SSM in the function's region.
    expect(authorizations[0]).toMatch(
      /^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/cn-northwest-1\/ssm\/aws4_request, SignedHeaders=.*x-amz-target.*, Signature=[0-9a-f]{64}$/,
    );
    expect(process.env.SESSION_SECRET).toBe('s'.repeat(40));
    expect(process.env.ADDRESS_SECRET).toBe('a'.repeat(40));
    expect(process.env.WECHAT_SECRET).toBe('prod-secret');
    expect(process.env.WECHAT_APPID).toBe('already-set');
  } finally {
    process.env = saved;
  }
});

test('each function works with only the secrets its grants in serverless.yml allow, and reads them exactly when allowed', async () => {
  const { serverlessConfig } = await import('../support/routes');
  const { apiEvent } = await import('../support/events');
  const { createSuiteTable } = await import('./support/table');
  const table = await createSuiteTable('secrets');
  const saved = { ...process.env };
  const reads: Record<string, boolean> = {};
  const failures: string[] = [];
  try {
    for (const [name, fn] of Object.entries(serverlessConfig().functions)) {
      jest.resetModules();
      process.env = {
        ...saved,
        ...inAwsWithSsm(),
        TABLE_NAME: table.tableName,
        DYNAMODB_ENDPOINT: table.endpoint,
        MEDIA_BUCKET: 'media',
        MEDIA_PUBLIC_URL: 'https://media.example.cn',
        WECHAT_API_BASE: 'http://127.0.0.1:9',
        // As in AWS: send jobs go to SQS (none are sent here: the table holds no release).
        NOTIFY_QUEUE_URGENT_URL: 'http://127.0.0.1:9/urgent',
        NOTIFY_QUEUE_ROUTINE_URL: 'http://127.0.0.1:9/routine',
      };
      for (const secret of ['SESSION_SECRET', 'ADDRESS_SECRET', 'WECHAT_APPID', 'WECHAT_SECRET'])
        delete process.env[secret];
      const before = asked.length;
      const { handler } = (await import(`../../../${fn.handler.replace(/\.handler$/, '')}`)) as {
        handler: (event: unknown) => Promise<{ statusCode?: number } | undefined>;
      };
      const http = fn.events?.find((event) => event.httpApi)?.httpApi;
      // A request with no body and no session (or an empty batch): whatever it answers, never a 500.
      const event = http ? apiEvent(http === '*' ? 'GET /nowhere' : http, {}) : { Records: [] };
      const result = await handler(event).catch((error: Error) => ({ statusCode: 500, error }));
      if ((result?.statusCode ?? 200) >= 500) failures.push(name);
      reads[name] = asked.length > before;
    }
  } finally {
    process.env = saved;
    await table.drop();
  }
  const granted = Object.fromEntries(
    Object.entries(serverlessConfig().functions).map(([name, fn]) => [
      name,
      fn.grants.includes('secrets'),
    ]),
  );
  expect(failures).toEqual([]);
  expect(reads).toEqual(granted);
}, 120_000);
