import { ROUTES, type RouteName } from '@sunshine/shared';
import type { HttpHandler } from '../../src/commons/http';
import { apiEvent } from '../support/events';
import { testId } from '../support/interpretations';
import { createSuiteTable, recordCommands } from './support/table';

/**
 * Every route of the contract, driven through its real handler against DynamoDB Local with a
 * client that refuses Scan. A route missing from HANDLERS fails the test, so none is forgotten.
 */
const HANDLERS: Record<RouteName, { module: string; sample: Parameters<typeof apiEvent>[1] }> = {
  listInterpretations: { module: '../../src/handlers/interpretations/list', sample: { query: { limit: '5' } } },
  getInterpretation: { module: '../../src/handlers/interpretations/get', sample: { pathParameters: { id: testId(1) } } },
};

let table: Awaited<ReturnType<typeof createSuiteTable>>;
let sent: string[];

beforeAll(async () => {
  table = await createSuiteTable('no-scan');
  process.env.TABLE_NAME = table.tableName;
  process.env.DYNAMODB_ENDPOINT = table.endpoint;
  const { documentClient } = await import('../../src/container');
  sent = recordCommands(documentClient());
});

afterAll(() => table.drop());

test('every route of the contract has a handler in this test', () => {
  expect(Object.keys(HANDLERS).sort()).toEqual(Object.keys(ROUTES).sort());
});

test.each(Object.entries(HANDLERS))('%s issues no Scan and at most one DynamoDB request', async (name, { module, sample }) => {
  const { handler } = (await import(module)) as { handler: HttpHandler };
  const route = ROUTES[name as RouteName];
  sent.splice(0);

  const response = await handler(apiEvent(`${route.method} ${route.path}`, sample));

  expect(response.statusCode).toBeLessThan(500);
  expect(sent).not.toContain('ScanCommand');
  expect(sent.length).toBeLessThanOrEqual(1);
});
