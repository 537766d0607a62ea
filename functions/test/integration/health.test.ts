import { createTestApp } from './support/app';

/** The health endpoint: 200 when the table answers, 503 (and nothing internal) when it does not; never cached. */
let app: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  app = await createTestApp('health');
});

afterAll(() => app.drop());

test('up: 200 with the time checked, not cached', async () => {
  const response = await app.call('health');
  expect(response.status).toBe(200);
  expect(response.body.data).toEqual({ status: 'ok', checkedAt: expect.any(String) });
  expect(response.headers['cache-control']).toBe('no-store');
});

test('its table gone: 503 SERVICE_UNAVAILABLE, saying nothing of why', async () => {
  await app.drop();
  const response = await app.call('health');
  expect(response.status).toBe(503);
  expect(response.body.error).toEqual({
    code: 'SERVICE_UNAVAILABLE',
    message: '服务暂时不可用，请稍后再试',
  });
  expect(response.text).not.toMatch(/ResourceNotFound|Table|DynamoDB/);
  // afterAll drops again: give it a table to drop.
  const { createSuiteTable } = await import('./support/table');
  const replacement = await createSuiteTable('health-replacement');
  app.drop = replacement.drop;
});
