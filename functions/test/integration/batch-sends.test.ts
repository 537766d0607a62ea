import { createHash } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { SQSEvent } from 'aws-lambda';
import { DynamoContentStore } from '../../src/adapters/dynamo/content-store';
import { DynamoCreditLedger } from '../../src/adapters/dynamo/credit-ledger';
import { creditKey, sendClaimsPk } from '../../src/adapters/dynamo/keys';
import { publicItem } from '../../src/adapters/dynamo/public-copies';
import { DynamoReleaseStore, releasePuts } from '../../src/adapters/dynamo/release-store';
import { InProcessQueue } from '../../src/adapters/queue/in-process-queue';
import { batchResponse, deliveriesOf } from '../../src/adapters/queue/sqs-event';
import { deliver } from '../../src/domain/notifications/deliver';
import { dispatchReleases } from '../../src/domain/notifications/dispatch';
import { releaseFor } from '../../src/domain/notifications/release-for';
import type {
  MessageSender,
  OutgoingMessage,
  TemplateIds,
} from '../../src/ports/notification-ports';
import type { Release, SendJob } from '../../src/ports/release-store';
import { aDraft } from '../support/drafts';
import { MemorySubscribers, ScriptedSender, someSubscribers } from '../support/notification-fakes';
import { createSuiteTable, recordCommands } from './support/table';

/**
 * The worker a batch at a time (issue 19), on DynamoDB Local with the real credit ledger: what a
 * delivered message costs in write requests, and a batch whose settle meets a redelivery that
 * recorded one of its sends meanwhile.
 */
let table: Awaited<ReturnType<typeof createSuiteTable>>;
let releases: DynamoReleaseStore;
let credits: DynamoCreditLedger;
let items: DynamoContentStore;
const TEMPLATE = 'TPL_POLICY_RELEASE';
const TEMPLATES: TemplateIds = {
  release: { templateId: TEMPLATE, longTerm: false },
  reply: { templateId: 'TPL_REPLY', longTerm: false },
  reminder: { templateId: 'TPL_STAFF_REMINDER', longTerm: false },
};
const clock = { now: () => new Date('2026-11-27T02:00:00.000Z') };
const WRITE_COMMANDS = new Set([
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchWriteItemCommand',
  'TransactWriteItemsCommand',
]);
let n = 0;

beforeAll(async () => {
  table = await createSuiteTable('batch-sends');
  releases = new DynamoReleaseStore(table.client, table.tableName);
  credits = new DynamoCreditLedger(table.client, table.tableName, TEMPLATES);
  items = new DynamoContentStore(table.client, table.tableName);
});

afterAll(() => table.drop());

/** A published interpretation's release (its three topics: category, office, topic). */
async function aRelease(): Promise<Release> {
  const now = clock.now().toISOString();
  const content = {
    ...aDraft({ category: 'decision' }),
    id: `01JBATCHITEM${String(++n).padStart(14, '0')}`,
    publishedAt: now,
    updatedAt: now,
    demo: false,
  };
  const id = `01JBATCHRELEASE${String(n).padStart(11, '0')}`;
  const release = releaseFor(content, 1, TEMPLATES, id, now, '人口管理大队')!;
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

/** Credits for the release template, as accepting it `count` times gives. */
async function creditEach(people: Array<{ userId: string }>, count = 1) {
  for (const person of people)
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...creditKey(person.userId, TEMPLATE), credits: count, templateId: TEMPLATE },
      }),
    );
}

/** Credits left in the ledger. */
const ledgerOf = async (userId: string) =>
  Number(
    (
      await table.client.send(
        new GetCommand({
          TableName: table.tableName,
          Key: creditKey(userId, TEMPLATE),
          ConsistentRead: true,
        }),
      )
    ).Item?.credits,
  );

/** The claims of a release, by state: what each person's send became. */
async function claimStates(release: Release) {
  const result = await table.client.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': sendClaimsPk(release.id) },
      ConsistentRead: true,
    }),
  );
  const states: Record<string, number> = {};
  for (const item of result.Items ?? [])
    states[String(item.state)] = (states[String(item.state)] ?? 0) + 1;
  return states;
}

test('a delivered message costs at most 1.3 write requests, with people under 2–3 topics and 5% transient faults; once each, none lost', async () => {
  const release = await aRelease();
  expect(release.topics).toHaveLength(3);
  const people = someSubscribers(400, 'writes');
  // Everyone under two or three of the release's topics: 1,000 jobs for 400 people.
  const [first, second, third] = release.topics as [string, string, string];
  const subscribers = new MemorySubscribers({
    [first]: people.filter((_, index) => index % 2 === 0 || index % 4 === 1),
    [second]: people,
    [third]: people.filter((_, index) => index % 2 === 1 || index % 4 === 0),
  });
  await creditEach(people);
  // 5% of first attempts fail with -1, chosen by a hash of the person (the same in every run).
  const flaky = (openid: string) => createHash('sha256').update(openid).digest()[0]! < 13;
  const sender = new ScriptedSender((message, attempt) =>
    attempt === 1 && flaky(message.openid)
      ? { kind: 'retry', errcode: -1 }
      : { kind: 'sent', msgid: 'm' },
  );
  const worker = async (event: SQSEvent) =>
    batchResponse(
      await deliver({ releases, sender, credits, clock, items }, deliveriesOf(event).deliveries),
    );
  const queue = new InProcessQueue(worker, { maxReceives: 6, retryDelayMs: 1, concurrency: 4 });
  const sent = recordCommands(table.client);

  await dispatchReleases({ releases, subscribers, queue, clock, items });

  const writes = sent.filter((command) => WRITE_COMMANDS.has(command)).length;
  expect(people.filter((person) => flaky(person.openid)).length).toBeGreaterThan(5);
  expect(
    people.map((person) => sender.sentTo(person.openid) - Number(flaky(person.openid))),
  ).toEqual(people.map(() => 1));
  expect(queue.deadLetters).toEqual([]);
  expect((await releases.get(release.id))!.counts).toMatchObject({
    queued: 1000,
    targeted: 400,
    sent: 400,
    failed: 0,
    unknown: 0,
  });
  expect(await claimStates(release)).toEqual({ sent: 400 });
  expect(await Promise.all(people.map((person) => ledgerOf(person.userId)))).toEqual(
    people.map(() => 0),
  );
  expect(writes / 400).toBeLessThanOrEqual(1.3);
});

test('a batch whose settle meets a redelivery that recorded one of its sends meanwhile: each send ended, counted and credited once', async () => {
  const release = await aRelease();
  const people = someSubscribers(5, 'settle');
  await creditEach(people, 2);
  const jobs = people.map((person) => ({ releaseId: release.id, ...person }));
  // The third person's send hangs until the test lets it answer.
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  let reached!: () => void;
  const hanging = new Promise<void>((resolve) => (reached = resolve));
  const calls: OutgoingMessage[] = [];
  const sender: MessageSender = {
    async send(message) {
      calls.push(message);
      if (message.openid === people[2]!.openid) {
        reached();
        await answered;
      }
      return { kind: 'sent', msgid: 'm' };
    },
  };
  const deps = { releases, sender, credits, clock, items };
  const delivery = (index: number, receiveCount = 1) => ({
    messageId: `settle-msg-${index}`,
    receiveCount,
    job: jobs[index]!,
  });

  // The batch claims all five and sends; while the third hangs, SQS hands that message to
  // another worker (its visibility timeout passed), which finds its own claim: unknown, recorded.
  const batch = deliver(
    deps,
    [0, 1, 2, 3, 4].map((index) => delivery(index)),
  );
  await hanging;
  expect(await deliver(deps, [delivery(2, 2)])).toEqual([]);
  expect(await claimStates(release)).toEqual({ claimed: 4, unknown: 1 });
  answer();

  // The batch's settle is cancelled by the third's condition; the other four are recorded.
  expect(await batch).toEqual([]);
  expect(calls).toHaveLength(5);
  expect(await claimStates(release)).toEqual({ sent: 4, unknown: 1 });
  const { counts } = (await releases.get(release.id))!;
  expect(counts).toMatchObject({ targeted: 5, sent: 4, unknown: 1, failed: 0, refused: 0 });
  // The counts summed over the release's shards equal the people's outcomes.
  expect(counts.sent + counts.unknown + counts.failed + counts.refused).toBe(counts.targeted);
  // One credit each (of two): by the batch for four, by the redelivery's unknown for the third.
  expect(await Promise.all(people.map((person) => ledgerOf(person.userId)))).toEqual(
    people.map(() => 1),
  );
});

test('a batch whose settle write fails as a whole is settled send by send: a transient failure given back is sent on its redelivery, not recorded unknown', async () => {
  const release = await aRelease();
  const people = someSubscribers(6, 'fallback');
  await creditEach(people);
  const jobs = people.map((person) => ({ releaseId: release.id, ...person }));
  // The second person's first attempt fails with -1 (transient): given back in the settle.
  const sender = new ScriptedSender((message, attempt) =>
    attempt === 1 && message.openid === people[1]!.openid
      ? { kind: 'retry', errcode: -1 }
      : { kind: 'sent', msgid: 'm' },
  );
  // The first settle of the batch fails whole, as one still meeting other writes after its turns.
  let failing = true;
  const flakyReleases = Object.create(releases) as DynamoReleaseStore;
  flakyReleases.settle = async (ends, givenBack) => {
    if (failing) {
      failing = false;
      throw new Error('a settle still meeting other writes after 8 turns');
    }
    return releases.settle(ends, givenBack);
  };
  const worker = async (event: SQSEvent) =>
    batchResponse(
      await deliver(
        { releases: flakyReleases, sender, credits, clock, items },
        deliveriesOf(event).deliveries,
      ),
    );
  const queue = new InProcessQueue(worker, { maxReceives: 6, retryDelayMs: 1, concurrency: 1 });

  // Queued as the fan-out queues them (not through dispatch: the releases other tests left pending
  // would be fanned out too, to the same topics).
  await queue.enqueue('routine', jobs);

  expect(failing).toBe(false);
  expect(people.map((person) => sender.sentTo(person.openid))).toEqual([1, 2, 1, 1, 1, 1]);
  expect(await claimStates(release)).toEqual({ sent: 6 });
  expect((await releases.get(release.id))!.counts).toMatchObject({
    targeted: 6,
    sent: 6,
    unknown: 0,
    failed: 0,
  });
  expect(await Promise.all(people.map((person) => ledgerOf(person.userId)))).toEqual(
    people.map(() => 0),
  );
});

/** Deliver `batch` as SQS would until nothing comes again (at most `rounds` times). */
async function deliverUntilDone(
  deps: Parameters<typeof deliver>[0],
  batch: Array<{ messageId: string; receiveCount: number; job: SendJob }>,
  rounds = 5,
) {
  for (let round = 0; batch.length && round < rounds; round++) {
    const again = new Set(await deliver(deps, batch));
    batch = batch
      .filter((delivery) => again.has(delivery.messageId))
      .map((delivery) => ({ ...delivery, receiveCount: delivery.receiveCount + 1 }));
  }
  return batch;
}

test('a batch holding a person twice (two topics) delivers the second message again: the redelivery holding the claim in progress records it unknown', async () => {
  const release = await aRelease();
  const [person] = someSubscribers(1, 'twice') as [{ userId: string; openid: string }];
  await creditEach([person]);
  const job = { releaseId: release.id, ...person };
  // The worker of the first delivery of m2 dies mid-send: WeChat may have the message.
  const sender = new ScriptedSender((_, attempt) =>
    attempt === 1 ? 'crash' : { kind: 'sent', msgid: 'm' },
  );
  const deps = { releases, sender, credits, clock, items };
  expect(await deliver(deps, [{ messageId: 'twice-m2', receiveCount: 1, job }])).toEqual([
    'twice-m2',
  ]);

  // One batch: m1 (another topic, first delivery) ahead of m2's redelivery.
  const left = await deliverUntilDone(deps, [
    { messageId: 'twice-m1', receiveCount: 1, job },
    { messageId: 'twice-m2', receiveCount: 2, job },
  ]);

  expect(left).toEqual([]);
  expect(sender.sentTo(person.openid)).toBe(1);
  expect(await claimStates(release)).toEqual({ unknown: 1 });
  expect((await releases.get(release.id))!.counts).toMatchObject({
    targeted: 1,
    unknown: 1,
    sent: 0,
  });
  expect(await ledgerOf(person.userId)).toBe(0);
});

test('a redelivery that finds its own claim while the release is paused records unknown, and parks nothing to be sent again', async () => {
  const release = await aRelease();
  const [person] = someSubscribers(1, 'paused') as [{ userId: string; openid: string }];
  await creditEach([person]);
  const job = { releaseId: release.id, ...person };
  const sender = new ScriptedSender((_, attempt) =>
    attempt === 1 ? 'crash' : { kind: 'sent', msgid: 'm' },
  );
  const deps = { releases, sender, credits, clock, items };
  expect(await deliver(deps, [{ messageId: 'paused-m', receiveCount: 1, job }])).toEqual([
    'paused-m',
  ]);
  // Another send used up the day's quota meanwhile.
  await releases.pause(release.id, '2099-01-01T00:00:00.000Z');

  expect(await deliver(deps, [{ messageId: 'paused-m', receiveCount: 2, job }])).toEqual([]);

  expect(await claimStates(release)).toEqual({ unknown: 1 });
  expect(await releases.takeParked(release.id, 10)).toEqual([]);
  expect(sender.sentTo(person.openid)).toBe(1);
});

test('claims whose write committed but answered with an error are given back: their redelivery sends, not records unknown', async () => {
  const release = await aRelease();
  const people = someSubscribers(3, 'lost-answer');
  await creditEach(people);
  const sender = new ScriptedSender(() => ({ kind: 'sent', msgid: 'm' }));
  // The claims' transaction commits, but its answer is lost (a timeout, a reset connection).
  let failing = true;
  const flakyReleases = Object.create(releases) as DynamoReleaseStore;
  flakyReleases.claimAll = async (attempts) => {
    const claims = await releases.claimAll(attempts);
    if (!failing) return claims;
    failing = false;
    throw new Error('socket hang up');
  };
  const deps = { releases: flakyReleases, sender, credits, clock, items };

  const left = await deliverUntilDone(
    deps,
    people.map((person, index) => ({
      messageId: `lost-answer-${index}`,
      receiveCount: 1,
      job: { releaseId: release.id, ...person },
    })),
  );

  expect(failing).toBe(false);
  expect(left).toEqual([]);
  expect(people.map((person) => sender.sentTo(person.openid))).toEqual([1, 1, 1]);
  expect(await claimStates(release)).toEqual({ sent: 3 });
  expect((await releases.get(release.id))!.counts).toMatchObject({
    targeted: 3,
    sent: 3,
    unknown: 0,
  });
});
