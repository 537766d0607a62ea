import { aDraft } from '../support/drafts';
import { createTestApp } from './support/app';

/** Public reads are cacheable with an ETag and answer 304 to a conditional request; personal and staff answers never are. */
let app: Awaited<ReturnType<typeof createTestApp>>;
let id: string;
let reviewer: string;

beforeAll(async () => {
  app = await createTestApp('caching');
  const editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
  id = (await app.call('createDraft', { token: editor, body: aDraft() })).body.data.id;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });
});

afterAll(() => app.drop());

test('a public read carries Cache-Control and an ETag; the same ETag back answers 304 without a body', async () => {
  const first = await app.call('getContent', { pathParameters: { id } });
  expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=60');
  expect(first.headers.etag).toMatch(/^W\/"[\w-]+"$/);

  const again = await app.call('getContent', {
    pathParameters: { id },
    headers: { 'if-none-match': String(first.headers.etag) },
  });
  expect(again.status).toBe(304);
  expect(again.text).toBe('');
  const other = await app.call('getContent', {
    pathParameters: { id },
    headers: { 'if-none-match': 'W/"something-else"' },
  });
  expect(other.status).toBe(200);
});

test('a changed item gets a new ETag; errors, personal and staff answers are never cached', async () => {
  const list = await app.call('listContent', { query: { kind: 'interpretation' } });
  expect(list.headers.etag).toBeDefined();
  const missing = await app.call('getContent', {
    pathParameters: { id: '01H0000000DEM0000000000XXX' },
  });
  expect(missing.headers['cache-control']).toBe('no-store');
  expect(missing.headers.etag).toBeUndefined();
  const staff = await app.call('listWorkflowItems', { token: reviewer });
  expect(staff.headers['cache-control']).toBe('no-store');
  const feed = await app.call('releasesFeed');
  expect(feed.headers['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=60');
});
