import * as v from 'valibot';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BrowseQuerySchema } from '@sunshine/shared';
import {
  BROWSE_READ_BUDGET,
  browseQueryPlan,
  DynamoWorkflowBrowser,
} from '../../src/adapters/dynamo/workflow-browser';
import { encodeBrowseCursor } from '../../src/adapters/dynamo/keys';
import { browseFilter } from '../../src/domain/workflow/browse';
import { InvalidCursorError } from '../../src/ports/content-store';
import { testId } from '../support/interpretations';

/** Every `#name` and `:value` an expression uses, so a test can hold names and values to them. */
function usedTokens(plan: ReturnType<typeof browseQueryPlan>) {
  const text = `${plan.KeyConditionExpression} ${plan.FilterExpression ?? ''}`;
  return {
    names: new Set(text.match(/#\w+/g)),
    values: new Set(text.match(/:\w+/g)),
  };
}

describe('the browse query plan', () => {
  test('with no filter, it reads the whole work feed newest first, with nothing to filter', () => {
    const plan = browseQueryPlan({ order: 'newest' });

    expect(plan).toMatchObject({
      IndexName: 'workFeed',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': 'workFeedPk' },
      ExpressionAttributeValues: { ':pk': 'WORK' },
      ScanIndexForward: false,
    });
    expect(plan.FilterExpression).toBeUndefined();
  });

  test('a status reads its own index; oldest first reads forward', () => {
    const plan = browseQueryPlan({ order: 'oldest', status: 'withdrawn' });

    expect(plan).toMatchObject({
      IndexName: 'workByStatus',
      ExpressionAttributeValues: { ':pk': 'WORK#withdrawn' },
      ScanIndexForward: true,
    });
    expect(plan.FilterExpression).toBeUndefined();
  });

  test("an author reads the author's index, and a status with it is a filter", () => {
    const plan = browseQueryPlan({ order: 'newest', author: 'u-zhang', status: 'draft' });

    expect(plan).toMatchObject({
      IndexName: 'workByOwner',
      ExpressionAttributeValues: { ':pk': 'OWNER#u-zhang', ':status': 'draft' },
      FilterExpression: '#status = :status',
    });
  });

  test('a date range narrows the sort key: from the first instant up to the next day', () => {
    const plan = browseQueryPlan({
      order: 'newest',
      changedFrom: '2026-02-28T16:00:00.000Z',
      changedBefore: '2026-03-01T16:00:00.000Z',
    });

    expect(plan.KeyConditionExpression).toBe('#pk = :pk AND #sk BETWEEN :from AND :before');
    expect(plan.ExpressionAttributeNames['#sk']).toBe('workSk');
    expect(plan.ExpressionAttributeValues).toMatchObject({
      ':from': '2026-02-28T16:00:00.000Z',
      ':before': '2026-03-01T16:00:00.000Z',
    });
  });

  test.each([
    ['from only', { changedFrom: '2026-02-28T16:00:00.000Z' }, '#pk = :pk AND #sk >= :from'],
    ['to only', { changedBefore: '2026-03-01T16:00:00.000Z' }, '#pk = :pk AND #sk < :before'],
  ])('a date range with %s is one comparison', (_, range, expected) => {
    expect(browseQueryPlan({ order: 'newest', ...range }).KeyConditionExpression).toBe(expected);
  });

  test('kind, office, category and topic are equalities on the draft', () => {
    const plan = browseQueryPlan({
      order: 'newest',
      kind: 'document',
      office: 'exit-entry',
      category: 'service',
      topic: 'household',
    });

    expect(plan.FilterExpression).toBe(
      '#draft.#kind = :kind AND #draft.#office = :office AND #draft.#category = :category AND #draft.#topic = :topic',
    );
    expect(plan.ExpressionAttributeValues).toMatchObject({
      ':kind': 'document',
      ':office': 'exit-entry',
      ':category': 'service',
      ':topic': 'household',
    });
  });

  test('a search looks in the title, 文号, 索引号, 事项编码 and every text field', () => {
    const plan = browseQueryPlan({ order: 'newest', text: '上公发〔2026〕8号', kind: 'document' });

    expect(plan.FilterExpression).toContain('#draft.#kind = :kind AND (contains(');
    for (const path of [
      '#draft.#title',
      '#draft.#number',
      '#indexNumber',
      '#draft.#code',
      '#draft.#body',
      '#draft.#answer',
      '#draft.#sections.#keyPoints',
    ])
      expect(plan.FilterExpression).toContain(`contains(${path}, :text)`);
    expect(plan.ExpressionAttributeValues[':text']).toBe('上公发〔2026〕8号');
  });

  test.each([
    ['no filter', { order: 'newest' as const }],
    ['a status', { order: 'newest' as const, status: 'draft' as const }],
    [
      'everything',
      {
        order: 'oldest' as const,
        text: '户籍',
        kind: 'guide' as const,
        status: 'published' as const,
        author: 'u-a',
        office: 'population',
        changedFrom: '2026-01-01T00:00:00.000Z',
      },
    ],
  ])(
    'with %s, it names exactly the attributes and values its expressions use (DynamoDB refuses others)',
    (_, filter) => {
      const plan = browseQueryPlan(filter);
      const used = usedTokens(plan);

      expect(new Set(Object.keys(plan.ExpressionAttributeNames))).toEqual(used.names);
      expect(new Set(Object.keys(plan.ExpressionAttributeValues))).toEqual(used.values);
    },
  );
});

describe('the query string', () => {
  test('China dates become the instants of their days: from its start, to before the next day starts', () => {
    const query = v.parse(BrowseQuerySchema, { from: '2026-03-01', to: '2026-03-31' });

    expect(browseFilter(query)).toEqual({
      order: 'newest',
      changedFrom: '2026-02-28T16:00:00.000Z',
      changedBefore: '2026-03-31T16:00:00.000Z',
    });
  });

  test('an empty search box searches for nothing; a page is 20 items unless asked', () => {
    const query = v.parse(BrowseQuerySchema, { q: '   ' });

    expect(query.q).toBeUndefined();
    expect(query.limit).toBe(20);
    expect(browseFilter(query)).toEqual({ order: 'newest' });
  });

  test.each([
    [{ status: 'lost' }, '状态须为以下之一'],
    [{ from: '2026-04-01', to: '2026-03-01' }, '起始日期不能晚于截止日期'],
    [{ q: '字'.repeat(51) }, '搜索词不能超过 50 字'],
    [{ from: '2026-02-30' }, '起始日期不是有效日期'],
    [{ order: 'random' }, '排序须为以下之一'],
  ])('%j is refused with a message naming the field', (input, message) => {
    const result = v.safeParse(BrowseQuerySchema, input);

    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toContain(message);
  });
});

describe('reading pages within the budget', () => {
  /** A client whose every Query answers the given items and, while `more`, a next key. */
  function fakeClient(pages: { items: Record<string, unknown>[]; more: boolean }[]) {
    const sent: Record<string, unknown>[] = [];
    const client = {
      send: jest.fn(async (command: { input: Record<string, unknown> }) => {
        sent.push(command.input);
        const page = pages[Math.min(sent.length - 1, pages.length - 1)]!;
        const last = page.items[page.items.length - 1];
        return {
          Items: page.items,
          ...(page.more && {
            LastEvaluatedKey: {
              pk: 'x',
              sk: 'WORK',
              workFeedPk: 'WORK',
              workSk: last?.workSk ?? 'end',
            },
          }),
        };
      }),
    };
    return { client: client as unknown as DynamoDBDocumentClient, sent };
  }

  const stored = (n: number) => ({
    id: testId(n),
    workSk: `2026-03-0${n}T00:00:00.000Z#${testId(n)}`,
    workFeedPk: 'WORK',
    draft: { kind: 'qa', title: `问${n}` },
  });

  test('a search that matches nothing stops after the budget, with a cursor where it stopped', async () => {
    const { client, sent } = fakeClient([{ items: [], more: true }]);
    const browser = new DynamoWorkflowBrowser(client, 'table');

    const page = await browser.browse({ order: 'newest', text: '无此词' }, { limit: 20 });

    expect(sent).toHaveLength(BROWSE_READ_BUDGET);
    expect(page.items).toEqual([]);
    expect(page.nextCursor).toBe(encodeBrowseCursor('end'));
  });

  test('a full page with more matched ends at its last item, and the query asked one more than the page', async () => {
    const { client, sent } = fakeClient([{ items: [stored(1), stored(2), stored(3)], more: true }]);
    const browser = new DynamoWorkflowBrowser(client, 'table');

    const page = await browser.browse({ order: 'newest' }, { limit: 2 });

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ Limit: 3, IndexName: 'workFeed' });
    expect(page.items.map((item) => item.id)).toEqual([testId(1), testId(2)]);
    expect(page.items[0]).not.toHaveProperty('workSk');
    expect(page.nextCursor).toBe(encodeBrowseCursor(stored(2).workSk));
  });

  test('the last page has no cursor', async () => {
    const { client } = fakeClient([{ items: [stored(1)], more: false }]);
    const browser = new DynamoWorkflowBrowser(client, 'table');

    const page = await browser.browse({ order: 'newest' }, { limit: 2 });

    expect(page).toEqual({ items: [expect.objectContaining({ id: testId(1) })] });
  });

  test("a cursor goes on in the request's own partition", async () => {
    const { client, sent } = fakeClient([{ items: [], more: false }]);
    const browser = new DynamoWorkflowBrowser(client, 'table');

    await browser.browse(
      { order: 'newest', status: 'draft' },
      { cursor: encodeBrowseCursor(stored(4).workSk), limit: 5 },
    );

    expect(sent[0]?.ExclusiveStartKey).toEqual({
      pk: `CONTENT#${testId(4)}`,
      sk: 'WORK',
      workStatusPk: 'WORK#draft',
      workSk: stored(4).workSk,
    });
  });

  test.each([
    ['random text', 'hello'],
    ['a feed key of another shape', Buffer.from('CONTENT#x', 'utf8').toString('base64url')],
  ])('a cursor of %s is refused before anything is read', async (_, cursor) => {
    const { client, sent } = fakeClient([{ items: [], more: false }]);
    const browser = new DynamoWorkflowBrowser(client, 'table');

    await expect(browser.browse({ order: 'newest' }, { cursor, limit: 5 })).rejects.toThrow(
      InvalidCursorError,
    );
    expect(sent).toHaveLength(0);
  });
});
