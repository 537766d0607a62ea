import { readFileSync } from 'node:fs';
import { CreateTableCommand, DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../../../src/adapters/dynamo/client';

/**
 * A table of the suite's own, created from serverless.yml's definition in the DynamoDB Local
 * that global-setup started, so suites never see each other's items.
 */
export async function createSuiteTable(suite: string) {
  const endpoint = process.env.TEST_DYNAMODB_ENDPOINT;
  const definitionsFile = process.env.TEST_TABLE_DEFINITIONS;
  if (!endpoint || !definitionsFile)
    throw new Error('integration tests run under jest --selectProjects integration');
  const [definition] = JSON.parse(readFileSync(definitionsFile, 'utf8')) as Array<{
    input: Record<string, unknown>;
  }>;
  const tableName = `${suite}-${process.pid}-${Date.now()}`;
  const client = createDocumentClient({ endpoint });
  await client.send(
    new CreateTableCommand({ ...(definition!.input as object), TableName: tableName } as never),
  );
  return {
    endpoint,
    tableName,
    client,
    async drop() {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    },
  };
}

/** Record every command a client sends, and refuse a Scan outright. */
export function recordCommands(client: DynamoDBDocumentClient): string[] {
  const sent: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      sent.push(context.commandName ?? 'unknown');
      if (context.commandName === 'ScanCommand') throw new Error('a request path issued a Scan');
      return next(args);
    },
    { step: 'initialize', name: 'recordCommands' },
  );
  return sent;
}
