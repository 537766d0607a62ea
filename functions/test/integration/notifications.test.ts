import type { AddressInfo } from 'node:net';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { userKey } from '../../src/adapters/dynamo/keys';
import { aDraft } from '../support/drafts';
import { createTestApp } from './support/app';

// The real WeChat sandbox, over HTTP: subscription credits, stable_token and subscribe/send.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

/**
 * The whole pipeline through the deployed handlers: a resident subscribes, a reviewer publishes,
 * the fan-out (as its schedule runs it) queues the send, the worker sends it through WeChat's
 * sandbox; staff read the release's counts.
 */
let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let base: string;
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;

beforeAll(async () => {
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  base = `http://127.0.0.1:${port}`;
  app = await createTestApp('notifications', { WECHAT_API_BASE: base });
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

async function resident(userId: string, openid: string) {
  await app.table.client.send(
    new PutCommand({
      TableName: app.table.tableName,
      Item: { ...userKey(userId), userId, openid, createdAt: '2026-01-01T00:00:00.000Z' },
    }),
  );
  return (await app.tokens.issue(userId, [])).token;
}

/** What a tap on 允许 does: WeChat grants the credit, the app records the answer. */
async function subscribeAsOnAPhone(token: string, openid: string, topics: string[]) {
  await fetch(`${base}/sandbox/subscribe`, {
    method: 'POST',
    body: JSON.stringify({ openid, template_id: 'TPL_POLICY_RELEASE' }),
  });
  const response = await app.call('subscribe', {
    token,
    body: { topics, results: [{ templateId: 'TPL_POLICY_RELEASE', result: 'accept' }] },
  });
  expect(response.status).toBe(200);
}

async function publish(draft: ReturnType<typeof aDraft>) {
  const id = (await app.call('createDraft', { token: editor, body: draft })).body.data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  expect(
    (await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} })).status,
  ).toBe(200);
  return id;
}

const messagesTo = async (openid: string) =>
  (await (await fetch(`${base}/sandbox/messages?touser=${openid}`)).json()) as Array<{
    page: string;
    template_id: string;
    data: Record<string, { value: string }>;
  }>;

test('a subscriber of a category gets exactly one message for a new interpretation in it, opening it; others none', async () => {
  const alice = await resident('u-alice', 'o-alice-000000000000000000000');
  const bob = await resident('u-bob', 'o-bob-00000000000000000000000');
  await subscribeAsOnAPhone(alice, 'o-alice-000000000000000000000', [
    'category:decision',
    'office:exit-entry',
  ]);
  await subscribeAsOnAPhone(bob, 'o-bob-00000000000000000000000', ['category:result']);

  const id = await publish(
    aDraft({
      title: '关于优化出入境证件办理流程的政策解读（订阅测试）',
      category: 'decision',
      office: 'exit-entry',
    }),
  );
  const dispatch = () => app.invoke('dispatchReleases');
  await dispatch();
  await dispatch(); // a second run finds nothing more to do

  const toAlice = await messagesTo('o-alice-000000000000000000000');
  expect(toAlice).toHaveLength(1);
  expect(toAlice[0]).toMatchObject({
    template_id: 'TPL_POLICY_RELEASE',
    page: `pages/content/detail?id=${id}`,
  });
  // thing values are cut to WeChat's 20 characters, the cut marked.
  expect(toAlice[0]!.data.thing1!.value).toBe('关于优化出入境证件办理流程的政策解读（…');
  expect(await messagesTo('o-bob-00000000000000000000000')).toHaveLength(0);

  const releases = (await app.call('listReleases', { token: reviewer })).body.data;
  expect(releases[0]).toMatchObject({
    itemId: id,
    status: 'done',
    counts: { targeted: 1, sent: 1, refused: 0, failed: 0, unknown: 0 },
  });
  expect(JSON.stringify(releases)).not.toContain('o-alice');
});

test('a new version of a published interpretation is not announced again', async () => {
  const id = await publish(aDraft({ title: '第二版不再推送的解读', category: 'decision' }));
  const before = (await app.call('listReleases', { token: reviewer })).body.data.length;
  await app.call('updateDraft', {
    token: editor,
    pathParameters: { id },
    body: aDraft({ title: '第二版不再推送的解读（修订）', category: 'decision' }),
  });
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });

  expect((await app.call('listReleases', { token: reviewer })).body.data).toHaveLength(before);
});

test('an interpretation withdrawn before its fan-out runs sends nothing, and its release says it was withdrawn', async () => {
  const dave = await resident('u-dave', 'o-dave-0000000000000000000000');
  await subscribeAsOnAPhone(dave, 'o-dave-0000000000000000000000', ['category:management']);
  const id = await publish(aDraft({ title: '公开了个人信息而撤回的解读', category: 'management' }));
  expect(
    (
      await app.call('withdrawItem', {
        token: reviewer,
        pathParameters: { id },
        body: { reason: '误含个人信息' },
      })
    ).status,
  ).toBe(200);

  await app.invoke('dispatchReleases');
  await app.invoke('dispatchReleases');

  expect(await messagesTo('o-dave-0000000000000000000000')).toHaveLength(0);
  const release = (
    (await app.call('listReleases', { token: reviewer })).body.data as Array<{
      id: string;
      itemId: string;
    }>
  ).find((each) => each.itemId === id)!;
  expect(release).toMatchObject({ status: 'withdrawn', counts: { sent: 0, unknown: 0 } });
  // Staff cannot send a withdrawn item's release again.
  const retry = await app.call('retryRelease', {
    token: reviewer,
    pathParameters: { id: release.id },
  });
  expect(retry.status).toBe(409);
  expect(retry.body.error.message).toBe('该内容已撤回，不再推送');
}, 30_000);

test('only staff see releases, and only reviewers retry', async () => {
  const someone = await resident('u-someone', 'o-someone-0000000000000000000');
  expect((await app.call('listReleases', { token: someone })).status).toBe(403);
  const done = (
    (await app.call('listReleases', { token: reviewer })).body.data as Array<{
      id: string;
      status: string;
    }>
  ).find((release) => release.status === 'done')!;
  expect(
    (await app.call('retryRelease', { token: editor, pathParameters: { id: done.id } })).status,
  ).toBe(403);
  expect(
    (await app.call('retryRelease', { token: reviewer, pathParameters: { id: done.id } })).body
      .error.message,
  ).toBe('没有发送失败的消息');
});

test('a resident who asked to be told of the answer gets one reply message, without the question or answer in it', async () => {
  const carol = await resident('u-carol', 'o-carol-000000000000000000000');
  const responder = await app.addStaff('u-responder', ['responder']);
  const asked = await app.call('askQuestion', {
    token: carol,
    body: {
      clientKey: 'notify-question-key-0001',
      kind: 'service',
      text: '居住证到期了怎么续签？请电话联系我',
      consent: true,
    },
  });
  const questionId = asked.body.data.id as string;
  await fetch(`${base}/sandbox/subscribe`, {
    method: 'POST',
    body: JSON.stringify({ openid: 'o-carol-000000000000000000000', template_id: 'TPL_REPLY' }),
  });
  const subscribed = await app.call('subscribe', {
    token: carol,
    body: {
      topics: [`question:${questionId}`],
      results: [{ templateId: 'TPL_REPLY', result: 'accept' }],
    },
  });
  expect(subscribed.status).toBe(200);

  await app.call('answerQuestion', {
    token: responder,
    pathParameters: { id: questionId },
    body: { text: '请携带身份证到居住地派出所办理。' },
  });
  const dispatch = () => app.invoke('dispatchReleases');
  await dispatch();

  const toCarol = await messagesTo('o-carol-000000000000000000000');
  expect(toCarol).toHaveLength(1);
  expect(toCarol[0]).toMatchObject({ template_id: 'TPL_REPLY', page: 'pages/my-questions/index' });
  expect(JSON.stringify(toCarol[0]!.data)).not.toMatch(/居住证|身份证/);
});
