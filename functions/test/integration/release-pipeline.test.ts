import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { RETENTION } from '@sunshine/shared';
import { DynamoContentStore, queryPublicPartition } from '../../src/adapters/dynamo/content-store';
import { PUBLIC_INDEX_ATTRIBUTES, sendClaimKey } from '../../src/adapters/dynamo/keys';
import { publicItem, withdrawWrites } from '../../src/adapters/dynamo/public-copies';
import { DynamoReleaseStore } from '../../src/adapters/dynamo/release-store';
import { InProcessQueue } from '../../src/adapters/queue/in-process-queue';
import { batchResponse, deliveriesOf } from '../../src/adapters/queue/sqs-event';
import { deliver } from '../../src/domain/notifications/deliver';
import { dispatchReleases } from '../../src/domain/notifications/dispatch';
import { releaseFor } from '../../src/domain/notifications/release-for';
import { releaseView } from '../../src/domain/notifications/views';
import type { MessageSender, TemplateIds } from '../../src/ports/notification-ports';
import type { Release } from '../../src/ports/release-store';
import { aDraft, aNoticeDraft } from '../support/drafts';
import {
  MemoryCredits,
  MemorySubscribers,
  ScriptedSender,
  someSubscribers,
} from '../support/notification-fakes';
import { createSuiteTable } from './support/table';

/**
 * The pipeline on DynamoDB Local: releases, claims and counts in the real table; the queue
 * in-process with SQS-shaped events; subscribers, credits and WeChat's answers scripted at the edge.
 */
let table: Awaited<ReturnType<typeof createSuiteTable>>;
let releases: DynamoReleaseStore;
let items: DynamoContentStore;
const TEMPLATES: TemplateIds = {
  release: { templateId: 'TPL_POLICY_RELEASE', longTerm: false },
  reply: { templateId: 'TPL_REPLY', longTerm: false },
  reminder: { templateId: 'TPL_STAFF_REMINDER', longTerm: false },
};
let clockNow = new Date('2026-11-27T02:00:00.000Z');
const clock = { now: () => clockNow };
let n = 0;

beforeAll(async () => {
  table = await createSuiteTable('release-pipeline');
  releases = new DynamoReleaseStore(table.client, table.tableName);
  items = new DynamoContentStore(table.client, table.tableName);
});

afterAll(() => table.drop());

/** A release written as the publish writes it (its two items, beside the item's public copy), for a fresh item id. */
async function aRelease(
  overrides: { urgent?: boolean; category?: 'decision' | 'service' } = {},
): Promise<Release> {
  const id = `01JRELEASE${String(++n).padStart(16, '0')}`;
  const content = overrides.urgent
    ? {
        ...aNoticeDraft({ urgent: true, category: overrides.category ?? 'service' }),
        id: `01JITEM${String(n).padStart(19, '0')}`,
        publishedAt: clockNow.toISOString(),
        updatedAt: clockNow.toISOString(),
        demo: false,
      }
    : {
        ...aDraft({ category: overrides.category ?? 'decision' }),
        id: `01JITEM${String(n).padStart(19, '0')}`,
        publishedAt: clockNow.toISOString(),
        updatedAt: clockNow.toISOString(),
        demo: false,
      };
  const release = releaseFor(content, 1, TEMPLATES, id, clockNow.toISOString(), '人口管理大队')!;
  const { releasePuts } = await import('../../src/adapters/dynamo/release-store');
  const { TransactWriteCommand } = await import('@aws-sdk/lib-dynamodb');
  await table.client.send(
    new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: table.tableName, Item: publicItem(content) } },
        ...releasePuts(table.tableName, release),
      ],
    }),
  );
  return release;
}

/** The item's withdrawal, as the workflow writes it. */
async function withdraw(itemId: string) {
  const { TransactWriteCommand } = await import('@aws-sdk/lib-dynamodb');
  const before = await queryPublicPartition(table.client, table.tableName, itemId);
  await table.client.send(
    new TransactWriteCommand({
      TransactItems: withdrawWrites(
        table.tableName,
        itemId,
        { reason: '误含个人信息', at: clockNow.toISOString() },
        before,
        PUBLIC_INDEX_ATTRIBUTES,
      ),
    }),
  );
}

function pipeline(
  subscribers: MemorySubscribers,
  sender: MessageSender,
  credits = new MemoryCredits(),
  concurrency = 1,
) {
  const worker = async (event: SQSEvent) => {
    const { deliveries } = deliveriesOf(event);
    return batchResponse(await deliver({ releases, sender, credits, clock, items }, deliveries));
  };
  const queue = new InProcessQueue(worker, { maxReceives: 6, retryDelayMs: 1, concurrency });
  return {
    queue,
    credits,
    dispatch: () => dispatchReleases({ releases, subscribers, queue, clock, items }),
  };
}

const viewOf = async (id: string) => releaseView((await releases.get(id))!, clockNow);

test('a release reaches every subscriber of its topics once, a person under two topics included, and is done', async () => {
  const release = await aRelease();
  const byCategory = someSubscribers(250, 'cat');
  const both = byCategory.slice(0, 40);
  const subscribers = new MemorySubscribers({
    [release.topics[0]!]: byCategory,
    [release.topics[1]!]: [...both, ...someSubscribers(30, 'office')],
  });
  const sender = new ScriptedSender();
  await pipeline(subscribers, sender).dispatch();

  expect(sender.calls).toHaveLength(280);
  expect(new Set(sender.calls.map((call) => call.openid)).size).toBe(280);
  expect(sender.calls[0]).toMatchObject({
    templateId: 'TPL_POLICY_RELEASE',
    page: `pages/content/detail?id=${release.itemId}`,
  });
  expect(await viewOf(release.id)).toMatchObject({
    status: 'done',
    counts: { queued: 320, targeted: 280, sent: 280, refused: 0, failed: 0, unknown: 0 },
  });
}, 60_000);

test('four workers at once, a person under two topics, 5% of sends failing transiently: once each, none lost', async () => {
  const release = await aRelease();
  const people = someSubscribers(120, 'par');
  let calls = 0;
  const sender = new ScriptedSender(() =>
    ++calls % 20 === 0 ? { kind: 'retry', errcode: -1 } : { kind: 'sent', msgid: 'm' },
  );
  await pipeline(
    new MemorySubscribers({
      [release.topics[0]!]: people,
      [release.topics[1]!]: people.slice(0, 60),
    }),
    sender,
    new MemoryCredits(),
    4,
  ).dispatch();

  // Each person's one success: a transient failure (retried) is a call that WeChat did not deliver.
  const delivered = (openid: string) =>
    sender.calls.filter((call, index) => call.openid === openid && (index + 1) % 20 !== 0).length;
  expect(people.map((person) => delivered(person.openid))).toEqual(people.map(() => 1));
  expect(await viewOf(release.id)).toMatchObject({
    status: 'done',
    counts: { targeted: 120, sent: 120, failed: 0 },
  });
}, 60_000);

test('a release with no subscribers completes', async () => {
  const release = await aRelease({ category: 'service' });
  const sender = new ScriptedSender();
  await pipeline(new MemorySubscribers({}), sender).dispatch();

  expect(sender.calls).toHaveLength(0);
  expect(await viewOf(release.id)).toMatchObject({
    status: 'done',
    counts: { queued: 0, targeted: 0, sent: 0 },
  });
  expect(await releases.pending(20)).toEqual([]);
});

test('a worker killed mid-batch: the batch comes again and nobody gets the message twice', async () => {
  const release = await aRelease();
  const people = someSubscribers(25, 'kill');
  // The 13th send dies once, after WeChat had it: the whole batch is delivered again.
  const sender = new ScriptedSender((message, attempt) =>
    message.openid === people[12]!.openid && attempt === 1 ? 'crash' : { kind: 'sent', msgid: 'm' },
  );
  await pipeline(new MemorySubscribers({ [release.topics[0]!]: people }), sender).dispatch();

  expect(people.map((person) => sender.sentTo(person.openid))).toEqual(people.map(() => 1));
  expect((await viewOf(release.id)).counts).toMatchObject({ targeted: 25, sent: 24, unknown: 1 });
});

test('errcodes: 43101 clears the credits without retry; transient ones are retried, and given up after four deliveries', async () => {
  const release = await aRelease();
  const people = someSubscribers(4, 'err');
  const [noCredit, flaky, hopeless] = people;
  const sender = new ScriptedSender((message, attempt) => {
    if (message.openid === noCredit!.openid) return { kind: 'no_credit' };
    if (message.openid === flaky!.openid && attempt < 3) return { kind: 'retry', errcode: 45011 };
    if (message.openid === hopeless!.openid) return { kind: 'retry', errcode: -1 };
    return { kind: 'sent', msgid: 'm' };
  });
  const { credits, dispatch } = pipeline(
    new MemorySubscribers({ [release.topics[0]!]: people }),
    sender,
  );
  await dispatch();

  expect(sender.sentTo(noCredit!.openid)).toBe(1);
  expect(await credits.hasCredit(noCredit!.userId, 'TPL_POLICY_RELEASE')).toBe(false);
  expect(sender.sentTo(flaky!.openid)).toBe(3);
  expect(sender.sentTo(hopeless!.openid)).toBe(4);
  expect((await viewOf(release.id)).counts).toMatchObject({
    targeted: 4,
    sent: 2,
    refused: 1,
    failed: 1,
  });
  // A credit is used only by a success.
  expect(await credits.hasCredit(flaky!.userId, 'TPL_POLICY_RELEASE')).toBe(false);
  expect(await credits.hasCredit(hopeless!.userId, 'TPL_POLICY_RELEASE')).toBe(true);
});

test('47003 stops the release: the rest are counted failed, WeChat is not called again', async () => {
  const release = await aRelease();
  const sender = new ScriptedSender(() => ({ kind: 'stop', errcode: 47003 }));
  await pipeline(
    new MemorySubscribers({ [release.topics[0]!]: someSubscribers(15, 'stop') }),
    sender,
  ).dispatch();

  expect(sender.calls).toHaveLength(1);
  expect(await viewOf(release.id)).toMatchObject({
    status: 'stopped',
    stoppedBy: 47003,
    counts: { failed: 15 },
  });
});

test('45009 pauses the release until the next day, then the parked sends go out', async () => {
  const release = await aRelease();
  const people = someSubscribers(12, 'quota');
  let quotaSpent = true;
  const sender = new ScriptedSender(() =>
    quotaSpent ? { kind: 'quota' } : { kind: 'sent', msgid: 'm' },
  );
  const { dispatch } = pipeline(new MemorySubscribers({ [release.topics[0]!]: people }), sender);
  await dispatch();
  expect(await viewOf(release.id)).toMatchObject({
    status: 'paused',
    pausedUntil: '2026-11-27T16:00:00.000Z',
    counts: { sent: 0 },
  });

  await dispatch(); // still paused: nothing happens
  expect(sender.calls).toHaveLength(1);
  quotaSpent = false;
  clockNow = new Date('2026-11-27T16:00:01.000Z');
  await dispatch();

  expect(people.map((person) => sender.sentTo(person.openid))).toEqual(
    people.map((_, index) => (index === 0 ? 2 : 1)),
  );
  expect(await viewOf(release.id)).toMatchObject({
    status: 'done',
    counts: { targeted: 12, sent: 12 },
  });
  clockNow = new Date('2026-11-27T02:00:00.000Z');
});

test('sends queued before the item was withdrawn reach nobody: counted failed, WeChat not called', async () => {
  const release = await aRelease();
  const people = someSubscribers(8, 'gone');
  await withdraw(release.itemId);
  const sender = new ScriptedSender();

  const again = await deliver(
    { releases, sender, credits: new MemoryCredits(), clock, items },
    people.map((person, index) => ({
      messageId: `gone-${index}`,
      receiveCount: 1,
      job: { releaseId: release.id, userId: person.userId, openid: person.openid },
    })),
  );

  expect(again).toEqual([]);
  expect(sender.calls).toHaveLength(0);
  expect(await viewOf(release.id)).toMatchObject({
    status: 'withdrawn',
    counts: { targeted: 8, sent: 0, failed: 8, unknown: 0 },
  });
});

test('a release paused by the quota whose item is withdrawn meanwhile sends nothing when the pause ends', async () => {
  const release = await aRelease();
  const people = someSubscribers(12, 'pausegone');
  let quotaSpent = true;
  const sender = new ScriptedSender(() =>
    quotaSpent ? { kind: 'quota' } : { kind: 'sent', msgid: 'm' },
  );
  const { dispatch } = pipeline(new MemorySubscribers({ [release.topics[0]!]: people }), sender);
  await dispatch();
  expect(await viewOf(release.id)).toMatchObject({ status: 'paused' });
  await withdraw(release.itemId);

  quotaSpent = false;
  clockNow = new Date('2026-11-27T16:00:01.000Z');
  try {
    await dispatch();
    await dispatch();
  } finally {
    clockNow = new Date('2026-11-27T02:00:00.000Z');
  }

  // Only the one that met the spent quota, before the withdrawal.
  expect(sender.calls.filter((call) => call.page.endsWith(release.itemId))).toHaveLength(1);
  expect(await viewOf(release.id)).toMatchObject({
    status: 'withdrawn',
    counts: { targeted: 12, sent: 0, failed: 12 },
  });
  expect(await releases.pending(20)).not.toContainEqual(
    expect.objectContaining({ id: release.id }),
  );
});

test('an urgent release goes before routine ones waiting', async () => {
  const routine = await aRelease({ category: 'decision' });
  const urgent = await aRelease({ urgent: true, category: 'service' });
  expect(urgent.topics[0]).toBe('urgent');
  const sender = new ScriptedSender();
  await pipeline(
    new MemorySubscribers({
      [routine.topics[0]!]: someSubscribers(5, 'r'),
      urgent: someSubscribers(5, 'u'),
    }),
    sender,
  ).dispatch();

  expect(sender.calls.slice(0, 5).every((call) => call.page.endsWith(urgent.itemId))).toBe(true);
  expect((await viewOf(routine.id)).counts.sent).toBe(5);
});

test('send claims expire after their retention (TTL), and keep the openid only while a staff retry may need it', async () => {
  const release = await aRelease();
  const [sent, failed] = someSubscribers(2, 'ttl');
  const sender = new ScriptedSender((message) =>
    message.openid === failed!.openid
      ? { kind: 'stop', errcode: 47003 }
      : { kind: 'sent', msgid: 'm' },
  );
  // One at a time, the failing one last: the stop fails only its own send.
  await pipeline(
    new MemorySubscribers({ [release.topics[0]!]: [sent!, failed!] }),
    sender,
  ).dispatch();

  const claimOf = async (userId: string) =>
    (
      await table.client.send(
        new GetCommand({
          TableName: table.tableName,
          Key: sendClaimKey(release.id, userId),
          ConsistentRead: true,
        }),
      )
    ).Item!;
  const retentionSeconds = RETENTION.sendClaims.days * 86_400;
  for (const person of [sent!, failed!]) {
    const expiresAt = Number((await claimOf(person.userId)).expiresAt);
    expect(Math.abs(expiresAt - (Date.now() / 1000 + retentionSeconds))).toBeLessThan(600);
  }
  expect(await claimOf(sent!.userId)).toMatchObject({ state: 'sent' });
  expect((await claimOf(sent!.userId)).openid).toBeUndefined();
  expect(await claimOf(failed!.userId)).toMatchObject({ state: 'failed', openid: failed!.openid });
});
