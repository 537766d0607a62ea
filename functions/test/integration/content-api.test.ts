import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DynamoWorkflowStore } from '../../src/adapters/dynamo/workflow-store';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { systemClock } from '../../src/ports/clock';
import { seedDemoContent } from '../../src/seed/seed-demo';
import type { HttpHandler } from '../../src/commons/http';
import { apiEvent } from '../support/events';
import { anInterpretation, testId } from '../support/interpretations';
import { createSuiteTable, recordCommands } from './support/table';

let table: Awaited<ReturnType<typeof createSuiteTable>>;
let list: HttpHandler;
let get: HttpHandler;
let sent: string[];

const body = (response: APIGatewayProxyStructuredResultV2) => JSON.parse(response.body as string);

beforeAll(async () => {
  table = await createSuiteTable('content-api');
  const items = [1, 2, 3].map((n) =>
    anInterpretation({
      id: testId(n),
      publishedAt: new Date(Date.UTC(2023, 1, n)).toISOString(),
      category: n === 3 ? 'result' : 'service',
    }),
  );
  await seedDemoContent(
    {
      clock: systemClock,
      ids: ulidIds(),
      workflow: new DynamoWorkflowStore(table.client, table.tableName),
    },
    items,
  );
  process.env.TABLE_NAME = table.tableName;
  process.env.DYNAMODB_ENDPOINT = table.endpoint;
  ({ handler: list } = await import('../../src/handlers/content/list-content'));
  ({ handler: get } = await import('../../src/handlers/content/get-content'));
  const { documentClient } = await import('../../src/wiring/base');
  sent = recordCommands(documentClient());
});

beforeEach(() => sent.splice(0));

afterAll(() => table.drop());

describe('GET /v1/content', () => {
  test('answers published interpretations in the envelope, newest first, with one Query', async () => {
    const response = await list(apiEvent('GET /v1/content'));

    expect(response.statusCode).toBe(200);
    expect(body(response)).toEqual({
      ok: true,
      data: { items: [3, 2, 1].map((n) => expect.objectContaining({ id: testId(n) })) },
    });
    expect(sent).toEqual(['QueryCommand']);
  });

  test('filters by category with one Query', async () => {
    const response = await list(apiEvent('GET /v1/content', { query: { category: 'result' } }));

    expect(body(response).data.items.map((item: { id: string }) => item.id)).toEqual([testId(3)]);
    expect(sent).toEqual(['QueryCommand']);
  });

  test('pages with the cursor it hands out', async () => {
    const first = body(await list(apiEvent('GET /v1/content', { query: { limit: '2' } })));
    const second = body(
      await list(
        apiEvent('GET /v1/content', { query: { limit: '2', cursor: first.data.nextCursor } }),
      ),
    );

    expect(second.data).toEqual({ items: [expect.objectContaining({ id: testId(1) })] });
  });

  test.each([
    ['a limit above 50', { limit: '51' }, 'limit'],
    ['a limit of 0', { limit: '0' }, 'limit'],
    ['an unknown category', { category: 'sports' }, 'category'],
    ['an unknown kind', { kind: 'memo' }, 'kind'],
    // An office is checked by its id's form here (offices are the bureau's data: one not in the profile lists nothing).
    ["an office not of an id's form", { kind: 'document', office: 'Zoo!' }, 'office'],
    ['a cursor with foreign characters', { cursor: '!!!' }, 'cursor'],
    ['a well-formed cursor that is not ours', { cursor: 'aGVsbG8' }, 'cursor'],
  ])('answers 400 naming the field for %s, without touching the table', async (_, query, field) => {
    const response = await list(apiEvent('GET /v1/content', { query }));

    expect(response.statusCode).toBe(400);
    expect(body(response)).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION_FAILED',
        message: expect.any(String),
        fields: [expect.objectContaining({ field })],
      },
    });
    expect(sent).toEqual([]);
  });
});

describe('GET /v1/content/{id}', () => {
  test('answers the interpretation with its sections and Q&A, with one Query', async () => {
    const response = await get(
      apiEvent('GET /v1/content/{id}', { pathParameters: { id: testId(2) } }),
    );

    expect(response.statusCode).toBe(200);
    expect(body(response).data).toMatchObject({
      item: {
        id: testId(2),
        sections: { background: '背景。' },
        qa: [{ question: '在哪里办理？' }],
      },
      documents: [],
      related: [],
    });
    expect(body(response).data.item).not.toHaveProperty('pk');
    expect(body(response).data.item).not.toHaveProperty('card');
    expect(sent).toEqual(['QueryCommand']);
  });

  test('answers 404 with a readable message for an unknown id', async () => {
    const response = await get(
      apiEvent('GET /v1/content/{id}', { pathParameters: { id: testId(42) } }),
    );

    expect(response.statusCode).toBe(404);
    expect(body(response).error).toEqual({ code: 'NOT_FOUND', message: '该内容不存在或未公开' });
  });

  test('answers 404 for a malformed id without reading the table', async () => {
    const response = await get(
      apiEvent('GET /v1/content/{id}', { pathParameters: { id: '<script>' } }),
    );

    expect(response.statusCode).toBe(404);
    expect(sent).toEqual([]);
  });
});
