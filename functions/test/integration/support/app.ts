import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ROUTES, type RouteName, type StaffRole } from '@sunshine/shared';
import { staffKey } from '../../../src/adapters/dynamo/keys';
import { DynamoBureauStore } from '../../../src/adapters/dynamo/bureau-store';
import { JwtSessionTokens } from '../../../src/adapters/tokens/jwt-session-tokens';
import { ulidIds } from '../../../src/adapters/system/ulid-ids';
import { systemClock } from '../../../src/ports/clock';
import { DEMO_BUREAU, seedDemoBureau } from '../../../src/seed/demo-bureau';
import type { HttpHandler } from '../../../src/commons/http';
import { apiEvent, type EventOptions } from '../../support/events';
import { watchGrants, withinGrants } from '../../support/grants';
import { deployedRoute, functionModule } from '../../support/routes';
import { createSuiteTable } from './table';

export const TEST_SESSION_SECRET = 'integration-test-session-secret-0123456789';

/**
 * A suite's own table with the functions' environment pointed at it, so handlers run exactly
 * as serverless-offline runs them. Call in beforeAll, before any handler is imported.
 */
export async function createTestApp(suite: string, env: Record<string, string> = {}) {
  const table = await createSuiteTable(suite);
  Object.assign(process.env, {
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    SESSION_SECRET: TEST_SESSION_SECRET,
    ADDRESS_SECRET: 'integration-test-address-secret-0123456789',
    WECHAT_API_BASE: 'http://127.0.0.1:9',
    WECHAT_APPID: 'wx-sandbox-appid',
    WECHAT_SECRET: 'sandbox-secret',
    S3_ENDPOINT: process.env.TEST_S3_ENDPOINT ?? '',
    MEDIA_BUCKET: 'media',
    MEDIA_PUBLIC_URL: 'https://media.example.cn',
    ...env,
  });
  const tokens = new JwtSessionTokens(TEST_SESSION_SECRET);

  /** Make a user a staff member directly in the table. */
  async function addStaff(
    userId: string,
    roles: StaffRole[],
    status: 'active' | 'revoked' = 'active',
    displayName = `测试${userId}`,
  ) {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          ...staffKey(userId),
          userId,
          displayName,
          roles,
          status,
          joinedAt: '2026-01-01T00:00:00.000Z',
          invitedBy: 'test',
        },
      }),
    );
    return (await tokens.issue(userId, roles)).token;
  }

  /** Save the bureau's profile (the demo one by default) as the demo seed does, if none is saved. */
  function seedBureau(profile = DEMO_BUREAU) {
    return seedDemoBureau(
      {
        clock: systemClock,
        ids: ulidIds(),
        bureau: new DynamoBureauStore(table.client, table.tableName),
      },
      profile,
    );
  }

  /** Call a route of the contract through its deployed handler, held to its function's IAM grants. */
  async function call(name: RouteName, options: Omit<EventOptions, 'path'> = {}) {
    const { functionName, module } = deployedRoute(name);
    const { handler } = (await import(module)) as { handler: HttpHandler };
    watchGrants((await import('../../../src/wiring/base')).documentClient());
    const route = ROUTES[name];
    const response = (await withinGrants(functionName, () =>
      handler(apiEvent(`${route.method} ${route.path}`, options)),
    )) as APIGatewayProxyStructuredResultV2;
    const text = response.body ?? '';
    return {
      status: response.statusCode ?? 0,
      headers: response.headers ?? {},
      text,
      body: text.startsWith('{') ? JSON.parse(text) : undefined,
    };
  }

  /** Run a scheduled or queue-triggered function as its trigger would, held to its IAM grants. */
  async function invoke<T = Record<string, number>>(
    functionName: string,
    event: unknown = {},
  ): Promise<T> {
    const { handler } = (await import(functionModule(functionName))) as {
      handler: (event: unknown) => Promise<T>;
    };
    watchGrants((await import('../../../src/wiring/base')).documentClient());
    return withinGrants(functionName, () => handler(event));
  }

  return { table, tokens, addStaff, seedBureau, call, invoke, drop: () => table.drop() };
}
