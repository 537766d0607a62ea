import { DynamoInterpretationStore } from '../../src/adapters/dynamo/interpretation-store';
import { InvalidCursorError } from '../../src/ports/interpretation-store';
import { anInterpretation, testId } from '../support/interpretations';
import { createSuiteTable } from './support/table';

let table: Awaited<ReturnType<typeof createSuiteTable>>;
let store: DynamoInterpretationStore;

const day = (n: number) => new Date(Date.UTC(2023, 0, n, 2)).toISOString();

beforeAll(async () => {
  table = await createSuiteTable('interp-store');
  store = new DynamoInterpretationStore(table.client, table.tableName);
  // 12 items, alternating two categories, published on consecutive days.
  for (let n = 1; n <= 12; n++) {
    await store.putPublished(anInterpretation({ id: testId(n), publishedAt: day(n), updatedAt: day(n), category: n % 2 ? 'service' : 'decision', title: `解读 ${n}` }));
  }
});

afterAll(() => table.drop());

describe('DynamoInterpretationStore against DynamoDB Local', () => {
  test('lists published interpretations newest first', async () => {
    const page = await store.listPublished({ limit: 3 });

    expect(page.items.map((item) => item.title)).toEqual(['解读 12', '解读 11', '解读 10']);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  test('a list item carries the summary fields only', async () => {
    const { items } = await store.listPublished({ limit: 1 });

    expect(Object.keys(items[0]!).sort()).toEqual(['category', 'demo', 'documentTitle', 'format', 'id', 'publishedAt', 'summary', 'title']);
  });

  test('walks every item exactly once by following cursors, and the last page has no cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.listPublished({ limit: 5, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => testId(12 - i)));
  });

  test('filters by category and pages within it', async () => {
    const first = await store.listPublished({ category: 'service', limit: 4 });
    const second = await store.listPublished({ category: 'service', limit: 4, cursor: first.nextCursor });

    expect([...first.items, ...second.items].map((item) => item.id)).toEqual([11, 9, 7, 5, 3, 1].map(testId));
    expect(second.nextCursor).toBeUndefined();
  });

  test('an exact last page ends without a cursor', async () => {
    const page = await store.listPublished({ limit: 12 });

    expect(page.items).toHaveLength(12);
    expect(page.nextCursor).toBeUndefined();
  });

  test('refuses a cursor that is not one of its own', async () => {
    await expect(store.listPublished({ limit: 5, cursor: 'bm90LWEtY3Vyc29y' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  test('gets one interpretation with its sections and Q&A, without key attributes', async () => {
    const item = await store.getPublished(testId(4));

    expect(item).toEqual(anInterpretation({ id: testId(4), publishedAt: day(4), updatedAt: day(4), category: 'decision', title: '解读 4' }));
  });

  test('answers undefined for an id it does not hold', async () => {
    await expect(store.getPublished(testId(99))).resolves.toBeUndefined();
  });

  test('a write with onlyIfNew leaves an existing item alone', async () => {
    const outcome = await store.putPublished(anInterpretation({ id: testId(1), title: '改过的标题' }), { onlyIfNew: true });

    expect(outcome).toBe('exists');
    expect((await store.getPublished(testId(1)))?.title).toBe('解读 1');
  });
});
