import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import type { InterpretationDraft } from '@sunshine/shared';
import { creditKey, userKey } from '../../src/adapters/dynamo/keys';
import { DynamoReleaseStore } from '../../src/adapters/dynamo/release-store';
import { sqsRecord } from '../../src/adapters/queue/sqs-event';
import type { Release, SendJob } from '../../src/ports/release-store';
import { aDraft } from '../support/drafts';
import { createTestApp } from './support/app';

// The real WeChat sandbox, over HTTP: it counts every message it delivers, per person.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

/**
 * Exactly once, with the races made to happen: the deployed worker and fan-out on DynamoDB Local
 * against the sandbox, WeChat's answers slowed with /sandbox/delay so two sends truly overlap.
 * Every test counts what WeChat delivered (/sandbox/deliveries) and the credits spent, on both
 * sides (our ledger and the sandbox's own).
 */
const TEMPLATE = 'TPL_POLICY_RELEASE';
const SEND_PATH = '/cgi-bin/message/subscribe/send';
let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let base: string;
let app: Awaited<ReturnType<typeof createTestApp>>;
let releases: DynamoReleaseStore;
let editor: string;
let reviewer: string;
let n = 0;

beforeAll(async () => {
  sandbox = createSandbox();
  base = `http://127.0.0.1:${(await sandbox.listen(0)).port}`;
  app = await createTestApp('exactly-once', { WECHAT_API_BASE: base });
  releases = new DynamoReleaseStore(app.table.client, app.table.tableName);
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

// No reset between tests (it would revoke the access token the table caches): each test has its
// own people and release, and the delays it sets end with it.
afterEach(() => sandboxPost('/sandbox/delay', { path: SEND_PATH, ms: 0 }));

async function sandboxPost(path: string, body: unknown) {
  const response = await fetch(`${base}${path}`, { method: 'POST', body: JSON.stringify(body) });
  expect(response.status).toBe(200);
}
const sandboxGet = async <T>(path: string) => (await (await fetch(`${base}${path}`)).json()) as T;

/** Messages WeChat delivered to one person for one release (each opens the release's item). */
async function deliveredTo(openid: string, release: Release): Promise<number> {
  const deliveries =
    await sandboxGet<Array<{ touser: string; page: string; count: number }>>('/sandbox/deliveries');
  return deliveries
    .filter((delivery) => delivery.touser === openid && delivery.page === release.message.page)
    .reduce((sum, delivery) => sum + delivery.count, 0);
}

/** Credits left, in our ledger and at WeChat. */
async function creditsOf(person: { userId: string; openid: string }) {
  const ours = await app.table.client.send(
    new GetCommand({
      TableName: app.table.tableName,
      Key: creditKey(person.userId, TEMPLATE),
      ConsistentRead: true,
    }),
  );
  const wechat =
    await sandboxGet<Array<{ openid: string; template_id: string; count: number }>>(
      '/sandbox/credits',
    );
  return {
    ours: Number(ours.Item?.credits ?? 0),
    wechat:
      wechat.find((entry) => entry.openid === person.openid && entry.template_id === TEMPLATE)
        ?.count ?? 0,
  };
}

/** A resident who accepted the release template twice: two credits here and at WeChat. */
async function residentWithTwoCredits(prefix: string, topics: string[] = []) {
  const index = ++n;
  const person = {
    userId: `u-${prefix}-${index}`,
    openid: `o-${prefix}-${String(index).padStart(24, '0')}`,
  };
  await app.table.client.send(
    new PutCommand({
      TableName: app.table.tableName,
      Item: {
        ...userKey(person.userId),
        userId: person.userId,
        openid: person.openid,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    }),
  );
  if (topics.length) {
    const token = (await app.tokens.issue(person.userId, [])).token;
    const response = await app.call('subscribe', {
      token,
      body: { topics, results: [{ templateId: TEMPLATE, result: 'accept' }] },
    });
    expect(response.status).toBe(200);
  }
  await app.table.client.send(
    new PutCommand({
      TableName: app.table.tableName,
      Item: { ...creditKey(person.userId, TEMPLATE), credits: 2, templateId: TEMPLATE },
    }),
  );
  await sandboxPost('/sandbox/subscribe', {
    openid: person.openid,
    template_id: TEMPLATE,
    count: 2,
  });
  return person;
}

/** A published interpretation: its release is written with the publish. */
async function publish(
  title: string,
  where: Pick<InterpretationDraft, 'category' | 'office'> = {
    category: 'decision',
    office: 'exit-entry',
  },
) {
  const id = (await app.call('createDraft', { token: editor, body: aDraft({ title, ...where }) }))
    .body.data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  expect(
    (await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} })).status,
  ).toBe(200);
  const release = (await releases.recent(50)).find((candidate) => candidate.itemId === id);
  return release!;
}

const workerEvent = (messageId: string, job: SendJob, receiveCount = 1): SQSEvent => ({
  Records: [sqsRecord('routine', messageId, job, receiveCount)],
});
const deliverOn = (event: SQSEvent) =>
  app.invoke<{ batchItemFailures: unknown[] }>('deliverNotifications', event);
const countsOf = async (release: Release) => (await releases.get(release.id))!.counts;

test('one person reached through two topics, both sends on two workers at once: one message, one credit', async () => {
  const release = await publish('两个订阅同时送达的测试解读');
  const person = await residentWithTwoCredits('twice');
  const job = { releaseId: release.id, userId: person.userId, openid: person.openid };
  // WeChat takes 800 ms to answer the first send: the second worker claims while the first is sending.
  await sandboxPost('/sandbox/delay', { path: SEND_PATH, ms: 800, count: 1 });

  const first = deliverOn(workerEvent('msg-category', job));
  await new Promise((resolve) => setTimeout(resolve, 200));
  const second = deliverOn(workerEvent('msg-office', job));
  const answers = await Promise.all([first, second]);

  expect(await deliveredTo(person.openid, release)).toBe(1);
  expect(await creditsOf(person)).toEqual({ ours: 1, wechat: 1 });
  expect(answers.map((answer) => answer.batchItemFailures)).toEqual([[], []]);
  expect(await countsOf(release)).toMatchObject({ targeted: 1, sent: 1, failed: 0, unknown: 0 });
}, 30_000);

test('a delivery that fails gives back only its own claim: a claim held by another delivery stays held', async () => {
  const release = await publish('只释放自己的认领的测试解读');
  const person = await residentWithTwoCredits('own');
  const job = { releaseId: release.id, userId: person.userId, openid: person.openid };

  expect(await releases.claim(job, 'msg-a')).toEqual({ kind: 'won' });
  await releases.unclaim(job, 'msg-b');

  expect(await releases.claim(job, 'msg-c')).toEqual({ kind: 'held', state: 'claimed' });
  expect(await releases.claim(job, 'msg-a')).toEqual({ kind: 'mine' });
});

test('two fan-out runs at once over one release: each subscription queued once, each person one message and one credit', async () => {
  // Topics of its own: the other tests' releases (pending too) reach none of these people.
  const release = await publish('两次分发同时运行的测试解读', {
    category: 'service',
    office: 'traffic',
  });
  const [category, office] = release.topics;
  // Everyone follows both topics of the release; some follow a third topic it does not have.
  const people = [];
  for (let index = 0; index < 24; index++)
    people.push(
      await residentWithTwoCredits(
        'overlap',
        index % 3 ? [category!, office!] : [category!, office!, 'category:result'],
      ),
    );
  // Every send answered after 50 ms, so the two runs' sends overlap.
  await sandboxPost('/sandbox/delay', { path: SEND_PATH, ms: 50, count: 100 });

  await Promise.all([app.invoke('dispatchReleases'), app.invoke('dispatchReleases')]);

  expect(await Promise.all(people.map((person) => deliveredTo(person.openid, release)))).toEqual(
    people.map(() => 1),
  );
  expect(await Promise.all(people.map(creditsOf))).toEqual(
    people.map(() => ({ ours: 1, wechat: 1 })),
  );
  expect(await countsOf(release)).toMatchObject({
    queued: 48,
    targeted: 24,
    sent: 24,
    failed: 0,
    unknown: 0,
  });
}, 60_000);

test('a worker killed mid-send: the message delivered again is not sent again, and one credit is spent', async () => {
  const release = await publish('发送中被终止的测试解读');
  const person = await residentWithTwoCredits('killed');
  const job = { releaseId: release.id, userId: person.userId, openid: person.openid };
  // WeChat delivers at once but answers only after 20 s: the worker is killed while it waits.
  await sandboxPost('/sandbox/delay', { path: SEND_PATH, ms: 20_000, count: 1 });

  const worker = spawn(
    join(__dirname, '../../../node_modules/.bin/tsx'),
    [join(__dirname, 'support/worker-process.ts')],
    {
      env: { ...process.env, WORKER_EVENT: JSON.stringify(workerEvent('msg-killed', job)) },
      stdio: 'inherit',
    },
  );
  const exited = new Promise((resolve) => worker.on('exit', resolve));
  for (let tries = 0; (await deliveredTo(person.openid, release)) === 0; tries++) {
    if (tries > 300)
      throw new Error(
        `the worker never reached WeChat: ${JSON.stringify(await countsOf(release))}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  worker.kill('SIGKILL');
  await exited;

  // SQS delivers the message again once its visibility timeout passes.
  expect(await deliverOn(workerEvent('msg-killed', job, 2))).toEqual({ batchItemFailures: [] });

  expect(await deliveredTo(person.openid, release)).toBe(1);
  expect(await creditsOf(person)).toEqual({ ours: 1, wechat: 1 });
  expect(await countsOf(release)).toMatchObject({ targeted: 1, sent: 0, unknown: 1 });
}, 60_000);
