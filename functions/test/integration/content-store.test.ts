import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoContentStore } from '../../src/adapters/dynamo/content-store';
import { DynamoWorkflowStore } from '../../src/adapters/dynamo/workflow-store';
import { systemClock } from '../../src/ports/clock';
import { InvalidCursorError } from '../../src/ports/content-store';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { seedDemoContent } from '../../src/seed/seed-demo';
import { aDocument, anInterpretation, testId } from '../support/interpretations';
import { createSuiteTable } from './support/table';

let table: Awaited<ReturnType<typeof createSuiteTable>>;
let store: DynamoContentStore;

const day = (n: number) => new Date(Date.UTC(2023, 0, n, 2)).toISOString();
const DOC = testId(500);

beforeAll(async () => {
  table = await createSuiteTable('content-store');
  store = new DynamoContentStore(table.client, table.tableName);
  const workflow = new DynamoWorkflowStore(table.client, table.tableName);
  // A document, then 12 interpretations of it, alternating two categories and two offices.
  const items = [
    aDocument({
      id: DOC,
      title: '户籍业务一窗通办实施办法',
      publishedAt: day(1),
      updatedAt: day(1),
    }),
    ...Array.from({ length: 12 }, (_, i) => {
      const n = i + 1;
      return anInterpretation({
        id: testId(n),
        publishedAt: day(n),
        updatedAt: day(n),
        category: n % 2 ? 'service' : 'decision',
        office: n % 2 ? 'population' : 'general',
        title: `解读 ${n}`,
        documentId: n <= 2 ? DOC : undefined,
      });
    }),
  ];
  await seedDemoContent({ clock: systemClock, ids: ulidIds(), workflow }, items);
});

afterAll(() => table.drop());

describe('DynamoContentStore against DynamoDB Local', () => {
  test('pattern 1: lists one kind, newest first', async () => {
    const page = await store.listPublished({ kind: 'interpretation', limit: 3 });

    expect(page.items.map((item) => item.title)).toEqual(['解读 12', '解读 11', '解读 10']);
    expect(page.nextCursor).toEqual(expect.any(String));
    expect(
      (await store.listPublished({ kind: 'document', limit: 3 })).items.map((item) => item.id),
    ).toEqual([DOC]);
  });

  test('a list item is the card: summary fields only, never the full text', async () => {
    const { items } = await store.listPublished({ kind: 'document', limit: 1 });

    expect(Object.keys(items[0]!).sort()).toEqual([
      'category',
      'demo',
      'id',
      'kind',
      'number',
      'office',
      'publishedAt',
      'summary',
      'title',
      'topic',
      'validity',
    ]);
  });

  test('walks every item exactly once by following cursors, and the last page has no cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.listPublished({ kind: 'interpretation', limit: 5, cursor });
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => testId(12 - i)));
  });

  test('pattern 2: filters by category and pages within it', async () => {
    const facet = { name: 'category', value: 'service' } as const;
    const first = await store.listPublished({ kind: 'interpretation', facet, limit: 4 });
    const second = await store.listPublished({
      kind: 'interpretation',
      facet,
      limit: 4,
      cursor: first.nextCursor,
    });

    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(
      [11, 9, 7, 5, 3, 1].map(testId),
    );
    expect(second.nextCursor).toBeUndefined();
  });

  test('patterns 2b and 2c: filters by office and by topic', async () => {
    const byOffice = await store.listPublished({
      kind: 'interpretation',
      facet: { name: 'office', value: 'general' },
      limit: 50,
    });
    const byTopic = await store.listPublished({
      kind: 'document',
      facet: { name: 'topic', value: 'household' },
      limit: 50,
    });

    expect(byOffice.items.map((item) => item.id)).toEqual([12, 10, 8, 6, 4, 2].map(testId));
    expect(byTopic.items.map((item) => item.id)).toEqual([DOC]);
  });

  test('an exact last page ends without a cursor', async () => {
    const page = await store.listPublished({ kind: 'interpretation', limit: 12 });

    expect(page.items).toHaveLength(12);
    expect(page.nextCursor).toBeUndefined();
  });

  test('refuses a cursor that is not one of its own', async () => {
    await expect(
      store.listPublished({ kind: 'interpretation', limit: 5, cursor: 'bm90LWEtY3Vyc29y' }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });

  test('pattern 3: one item with the document it rests on, in one Query, without key attributes', async () => {
    const entry = await store.getPublished(testId(2));

    expect(entry?.item).toEqual(
      anInterpretation({
        id: testId(2),
        publishedAt: day(2),
        updatedAt: day(2),
        category: 'decision',
        office: 'general',
        title: '解读 2',
        documentId: DOC,
      }),
    );
    expect(entry?.documents).toEqual([
      expect.objectContaining({
        id: DOC,
        kind: 'document',
        validity: 'in_force',
        number: '上公发〔2023〕3号',
      }),
    ]);
    expect(entry?.related).toEqual([]);
  });

  test('pattern 3: a document with the items that refer to it', async () => {
    const entry = await store.getPublished(DOC);

    expect(entry?.item.kind === 'document' && entry.item.body).toContain('第一条');
    expect(entry?.related.map((card) => card.id).sort()).toEqual([testId(1), testId(2)]);
  });

  test('answers undefined for an id it does not hold', async () => {
    await expect(store.getPublished(testId(99))).resolves.toBeUndefined();
  });

  test('the public partition read never returns the staff side', async () => {
    const all = await table.client.send(
      new QueryCommand({
        TableName: table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `CONTENT#${DOC}` },
      }),
    );
    const sks = (all.Items ?? []).map((item) => String(item.sk));

    expect(sks).toEqual(expect.arrayContaining(['WORK', 'REV#000001', 'PUB']));
    const entry = await store.getPublished(DOC);
    expect(JSON.stringify(entry)).not.toMatch(/"rev"|"editors"|"owner"/);
  });
});
