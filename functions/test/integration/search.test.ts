import { DynamoSearchCorpus } from '../../src/adapters/dynamo/search-corpus';
import { PostingListEngine } from '../../src/adapters/search/posting-list-engine';
import { LiveIndex } from '../../src/domain/search/live-index';
import { searchContent } from '../../src/domain/search/search-content';
import { aDraft } from '../support/drafts';
import { createTestApp } from './support/app';
import { recordCommands } from './support/table';

/**
 * A warm search index and what residents may see: built before a withdrawal or a new version,
 * with no rebuild in between, it must still answer with what is published now.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;

beforeAll(async () => {
  app = await createTestApp('search');
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
});

afterAll(() => app.drop());

async function publish(id: string) {
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  expect(
    (await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} })).body.data
      .status,
  ).toBe('published');
}

async function publishNew(title: string) {
  const id = (await app.call('createDraft', { token: editor, body: aDraft({ title }) })).body.data
    .id as string;
  await publish(id);
  return id;
}

/** An index of this test's own, built at its first search. */
const warmIndex = () =>
  new LiveIndex(
    new DynamoSearchCorpus(app.table.client, app.table.tableName),
    new PostingListEngine(),
  );
const ids = async (index: LiveIndex, q: string) =>
  (await searchContent(index, { q, limit: 20 })).hits.map((hit) => hit.id);

test('a warm index does not return an item withdrawn after it was built', async () => {
  const id = await publishNew('误登个人信息的户籍解读');
  const index = warmIndex();
  expect(await ids(index, '误登个人信息')).toContain(id);

  await app.call('withdrawItem', {
    token: reviewer,
    pathParameters: { id },
    body: { reason: '含有个人信息' },
  });

  expect(await ids(index, '误登个人信息')).not.toContain(id);
});

test('a warm index serves a republished item with its new title and snippet, never the old ones', async () => {
  const id = await publishNew('第一版出境证件解读');
  const index = warmIndex();
  expect(await ids(index, '第一版出境证件')).toContain(id);

  await app.call('updateDraft', {
    token: editor,
    pathParameters: { id },
    body: aDraft({
      title: '第二版出境证件解读',
      sections: { ...aDraft().sections, background: '第二版的背景说明。' },
    }),
  });
  await publish(id);

  const { hits } = await searchContent(index, { q: '出境证件', limit: 20 });
  const mine = hits.filter((hit) => hit.id === id);
  expect(mine.length).toBeGreaterThan(0);
  expect(JSON.stringify(mine)).not.toContain('第一版');
  expect(mine.find((hit) => hit.type === 'interpretation')?.title).toBe('第二版出境证件解读');
  expect(await ids(index, '第一版')).not.toContain(id);
});

test('the search route answers without a withdrawn item, from a container that searched before', async () => {
  const id = await publishNew('将被撤回的出入境通知解读');
  const before = await app.call('search', { query: { q: '将被撤回' } });
  expect(before.body.data.hits.map((hit: { id: string }) => hit.id)).toContain(id);

  await app.call('withdrawItem', {
    token: reviewer,
    pathParameters: { id },
    body: { reason: '内容有误' },
  });
  const after = await app.call('search', { query: { q: '将被撤回' } });

  expect(after.body.data.hits.map((hit: { id: string }) => hit.id)).not.toContain(id);
});

test('a warm search reads one small item when nothing changed, and one more per item published since', async () => {
  const { documentClient } = await import('../../src/wiring/base');
  const sent = recordCommands(documentClient());
  await app.call('search', { query: { q: '出入境' } });
  sent.splice(0);

  await app.call('search', { query: { q: '出入境' } });
  const unchanged = sent.splice(0);
  const id = await publishNew('刚刚发布的签注解读');
  sent.splice(0);
  const found = await app.call('search', { query: { q: '签注解读' } });

  expect(unchanged).toEqual(['GetItemCommand']);
  expect(found.body.data.hits.map((hit: { id: string }) => hit.id)).toContain(id);
  expect(sent).toEqual(['GetItemCommand', 'GetItemCommand']);
});

test('two items published at the same moment both move the watermark, and a warm index finds both', async () => {
  const index = warmIndex();
  await ids(index, '同时');
  const { readWatermark } = await import('../../src/adapters/dynamo/published-watermark');
  const before = await readWatermark(app.table.client, app.table.tableName);
  const drafts = await Promise.all(
    ['同时发布的甲解读', '同时发布的乙解读'].map(
      async (title) =>
        (await app.call('createDraft', { token: editor, body: aDraft({ title }) })).body.data
          .id as string,
    ),
  );
  await Promise.all(
    drafts.map((id) => app.call('submitForReview', { token: editor, pathParameters: { id } })),
  );

  const published = await Promise.all(
    drafts.map((id) =>
      app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} }),
    ),
  );

  expect(published.map((response) => response.status)).toEqual([200, 200]);
  const after = await readWatermark(app.table.client, app.table.tableName);
  expect(after.version).toBe(before.version + 2);
  expect(
    after.recent
      .slice(-2)
      .map((change) => change.id)
      .sort(),
  ).toEqual([...drafts].sort());
  expect((await ids(index, '同时发布')).sort()).toEqual(expect.arrayContaining(drafts));
});
