import type { AddressInfo } from 'node:net';
import { aConsultationDraft } from '../support/drafts';
import { createTestApp } from './support/app';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

/**
 * Faults injected through the functions' own DynamoDB client (a middleware ahead of the SDK's
 * retries): throttling and timeouts answer a clear 503 inside the envelope, and a submission sent
 * again with the same client key after the fault is stored exactly once: nothing acknowledged is
 * lost, nothing is stored twice. WeChat down holds submissions for review instead of refusing them.
 */
let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let app: Awaited<ReturnType<typeof createTestApp>>;
let resident: string;
let fault: { name: string; remaining: number } | undefined;

beforeAll(async () => {
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  app = await createTestApp('faults', { WECHAT_API_BASE: `http://127.0.0.1:${port}` });
  resident = (await app.tokens.issue('u-resident', [])).token;
  const { documentClient } = await import('../../src/wiring/base');
  documentClient().middlewareStack.add(
    (next) => async (args) => {
      if (fault && fault.remaining > 0) {
        fault.remaining--;
        throw Object.assign(new Error('injected fault'), { name: fault.name, $metadata: {} });
      }
      return next(args);
    },
    { step: 'initialize', name: 'injectFaults' },
  );
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

afterEach(() => (fault = undefined));

test.each(['ThrottlingException', 'ProvisionedThroughputExceededException', 'TimeoutError'])(
  '%s on a submission: 503 in the envelope; the retry with the same key stores it once',
  async (name) => {
    const body = {
      clientKey: `fault-${name}`.padEnd(24, '0'),
      kind: 'general',
      text: `故障测试：${name}`,
      consent: true,
    };
    fault = { name, remaining: 1 };
    const during = await app.call('askQuestion', { token: resident, body });
    expect(during.status).toBe(503);
    expect(during.body.error).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('可直接重新提交'),
    });
    expect(during.text).not.toContain(name);

    const after = await app.call('askQuestion', { token: resident, body });
    const again = await app.call('askQuestion', { token: resident, body });
    expect(after.status).toBe(200);
    expect(again.body.data.id).toBe(after.body.data.id);
    const mine = (await app.call('listMyQuestions', { token: resident })).body.data as Array<{
      text: string;
    }>;
    expect(mine.filter((question) => question.text === `故障测试：${name}`)).toHaveLength(1);
  },
);

test('throttling on a public read: 503, not cached', async () => {
  fault = { name: 'ThrottlingException', remaining: 1 };
  const response = await app.call('listContent', { query: { kind: 'interpretation' } });
  expect(response.status).toBe(503);
  expect(response.headers['cache-control']).toBe('no-store');
});

test('WeChat down: a comment is kept and held for review, not refused or lost', async () => {
  const editor = await app.addStaff('u-editor', ['editor']);
  const reviewer = await app.addStaff('u-reviewer', ['reviewer']);
  const id = (await app.call('createDraft', { token: editor, body: aConsultationDraft() })).body
    .data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });
  await sandbox.close(); // WeChat out of reach from here on

  const response = await app.call('submitComment', {
    token: resident,
    pathParameters: { id },
    body: { clientKey: 'fault-wechat-down-00001', text: '微信不可用时的意见', consent: true },
  });
  expect(response.status).toBe(200);
  expect(response.body.data.status).toBe('held');
  const held = (
    await app.call('listConsultationComments', { token: reviewer, pathParameters: { id } })
  ).body.data.items;
  expect(held).toEqual([
    expect.objectContaining({ text: '微信不可用时的意见', heldForCheck: true }),
  ]);
  sandbox = { listen: sandbox.listen, close: async () => undefined };
});
