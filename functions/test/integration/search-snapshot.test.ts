import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import {
  readWatermark,
  EVERYTHING,
  watermarkWrite,
} from '../../src/adapters/dynamo/published-watermark';
import { DynamoSearchCorpus } from '../../src/adapters/dynamo/search-corpus';
import { DynamoSearchSnapshotPointer } from '../../src/adapters/dynamo/search-snapshot-pointer';
import { SignedS3Objects } from '../../src/adapters/s3/signed-s3-objects';
import { PostingListEngine } from '../../src/adapters/search/posting-list-engine';
import { StoredSearchSnapshots } from '../../src/adapters/search/stored-search-snapshots';
import { LiveIndex } from '../../src/domain/search/live-index';
import { searchContent } from '../../src/domain/search/search-content';
import { writeSearchSnapshot } from '../../src/domain/search/write-snapshot';
import { aDraft } from '../support/drafts';
import { createTestApp } from './support/app';
import { recordCommands } from './support/table';

/**
 * The search snapshot against DynamoDB Local and s3rver (issue 19): written after a publish, loaded
 * by a cold index without reading the corpus, and never a way for a withdrawn item back in.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
let sent: string[];
// This suite's own corner of the shared bucket.
const prefix = `search-index/test-${randomUUID()}/`;
const objects = new SignedS3Objects({ bucket: 'media', endpoint: process.env.TEST_S3_ENDPOINT });

beforeAll(async () => {
  app = await createTestApp('search-snapshot');
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
  sent = recordCommands(app.table.client);
});

afterAll(() => app.drop());

const snapshots = () =>
  new StoredSearchSnapshots(
    new DynamoSearchSnapshotPointer(app.table.client, app.table.tableName),
    objects,
    prefix,
  );
const corpus = () => new DynamoSearchCorpus(app.table.client, app.table.tableName);
const writeSnapshot = () =>
  writeSearchSnapshot({
    corpus: corpus(),
    snapshots: snapshots(),
    engine: new PostingListEngine(),
  });
/** A cold search function's index: a fresh engine, the snapshot store, its first search to come. */
const coldIndex = () => new LiveIndex(corpus(), new PostingListEngine(), snapshots());
const ids = async (index: LiveIndex, q: string) =>
  (await searchContent(index, { q, limit: 20 })).hits.map((hit) => hit.id);
const version = async () => (await readWatermark(app.table.client, app.table.tableName)).version;

async function publishNew(title: string) {
  const id = (await app.call('createDraft', { token: editor, body: aDraft({ title }) })).body.data
    .id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  const published = await app.call('publishItem', {
    token: reviewer,
    pathParameters: { id },
    body: {},
  });
  expect(published.body.data.status).toBe('published');
  return id;
}

const withdraw = (id: string) =>
  app.call('withdrawItem', {
    token: reviewer,
    pathParameters: { id },
    body: { reason: '含有个人信息' },
  });

/** Every command the client sends from now on. */
function commandsFrom() {
  const start = sent.length;
  return () => sent.slice(start);
}

test('a publish is in the snapshot written after it, and a cold index answers from it without reading the corpus', async () => {
  const id = await publishNew('快照中的电动自行车登记解读');

  const outcome = await writeSnapshot();
  expect(outcome).toEqual({ written: true, version: await version() });
  expect(await snapshots().latestVersion()).toBe(await version());

  const commands = commandsFrom();
  expect(await ids(coldIndex(), '电动自行车登记')).toContain(id);
  // The pointer and the watermark: no Query of the corpus, no item read.
  expect(commands()).toEqual(['GetItemCommand', 'GetItemCommand']);
});

test('a snapshot already current is not written again', async () => {
  await writeSnapshot();

  expect(await writeSnapshot()).toEqual({ written: false, version: await version() });
});

test('an item withdrawn after the snapshot is never returned by a cold index loaded from it', async () => {
  const id = await publishNew('误登个人信息的快照解读');
  await writeSnapshot();
  const snapshotVersion = await snapshots().latestVersion();
  await withdraw(id);
  expect(await version()).toBe(snapshotVersion + 1);

  const commands = commandsFrom();
  expect(await ids(coldIndex(), '误登个人信息')).not.toContain(id);
  expect(commands()).not.toContain('QueryCommand');
});

test('an item published after the snapshot is found by a cold index loaded from it, reading that item alone', async () => {
  await writeSnapshot();
  const id = await publishNew('快照之后发布的户籍解读');

  const commands = commandsFrom();
  expect(await ids(coldIndex(), '快照之后发布')).toContain(id);
  expect(commands()).toEqual(['GetItemCommand', 'GetItemCommand', 'GetItemCommand']);
});

test('a snapshot further behind than the watermark names falls back to the rebuild, which is right', async () => {
  const before = await publishNew('回退重建前已发布的解读');
  await writeSnapshot();
  const after = await publishNew('回退重建后才发布的解读');
  await withdraw(before);
  // A change the watermark cannot name item by item (the 索引号 backfill's): its recent list emptied.
  const watermark = await readWatermark(app.table.client, app.table.tableName);
  await app.table.client.send(
    new TransactWriteCommand({
      TransactItems: [watermarkWrite(app.table.tableName, watermark, EVERYTHING)],
    }),
  );

  const commands = commandsFrom();
  const index = coldIndex();
  // The item and its Q&A pairs: the one published after the snapshot, not the one withdrawn.
  expect(new Set(await ids(index, '回退重建'))).toEqual(new Set([after]));
  expect(commands()).toContain('QueryCommand');
});

test.each([
  [
    'unreadable',
    (key: string) => objects.put(key, new TextEncoder().encode('not a snapshot at all')),
  ],
  ['missing', (key: string) => objects.delete(key)],
])('a snapshot %s: a cold index rebuilds from the corpus and answers rightly', async (_, spoil) => {
  const id = await publishNew(`损坏快照时发布的解读${randomUUID().slice(0, 4)}`);
  await writeSnapshot();
  await spoil(`${prefix}${await snapshots().latestVersion()}.idx`);

  const commands = commandsFrom();
  expect(await ids(coldIndex(), '损坏快照时发布')).toContain(id);
  expect(commands()).toContain('QueryCommand');
});

test('an older snapshot never replaces a newer one, written one after the other or at once', async () => {
  await publishNew('新旧快照的解读');
  const built = new LiveIndex(corpus(), new PostingListEngine());
  await built.ready();
  const newer = await built.snapshot();
  const older = { ...newer, watermarkVersion: newer.watermarkVersion - 1 };
  const store = snapshots();

  expect(await store.save(newer)).toBe(true);
  expect(await store.save(older)).toBe(false);
  expect(await store.latestVersion()).toBe(newer.watermarkVersion);
  expect((await store.latest())?.watermarkVersion).toBe(newer.watermarkVersion);

  const newest = { ...newer, watermarkVersion: newer.watermarkVersion + 2 };
  const between = { ...newer, watermarkVersion: newer.watermarkVersion + 1 };
  const results = await Promise.all([
    snapshots().save(newest),
    snapshots().save(between),
    snapshots().save(between),
  ]);

  expect(results.filter(Boolean).length).toBeGreaterThanOrEqual(1);
  expect(await store.latestVersion()).toBe(newest.watermarkVersion);
  expect((await store.latest())?.watermarkVersion).toBe(newest.watermarkVersion);
});
