import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { serverlessConfig } from './routes';

/**
 * Holds each function to its grants in serverless.yml: the DynamoDB actions every request needs
 * (a transaction needs each of its items' actions) must be among those its role allows. Requests
 * are attributed through async context, so calls running side by side are told apart.
 */
const current = new AsyncLocalStorage<Set<string>>();
const watched = new WeakSet<DynamoDBDocumentClient>();

const TRANSACT_ACTIONS: Record<string, string> = {
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  ConditionCheck: 'ConditionCheckItem',
  Get: 'GetItem',
};
const COMMAND_ACTIONS: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
};

/** The IAM actions one request of the document client needs. */
export function actionsOf(
  commandName: string,
  input: { TransactItems?: Array<Record<string, unknown>> },
): string[] {
  // The document client's names (TransactWrite) or the client's own (TransactWriteItems).
  const command = commandName.replace(/Command$/, '');
  if (/^Transact(Write|Get)(Items)?$/.test(command)) {
    return (input.TransactItems ?? []).flatMap((item) =>
      Object.keys(item).map((kind) => `dynamodb:${TRANSACT_ACTIONS[kind] ?? kind}`),
    );
  }
  return [`dynamodb:${COMMAND_ACTIONS[command] ?? command}`];
}

/** The actions a function's grants allow. */
export function grantedActions(functionName: string): Set<string> {
  const config = serverlessConfig();
  const fn = config.functions[functionName];
  if (!fn) throw new Error(`serverless.yml has no function ${functionName}`);
  return new Set(
    fn.grants.flatMap((grant) =>
      (config.custom.grants[grant] ?? []).flatMap((statement) => statement.Action),
    ),
  );
}

/** Record the actions of the client's requests made inside `withinGrants`. */
export function watchGrants(client: DynamoDBDocumentClient): void {
  if (watched.has(client)) return;
  watched.add(client);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      for (const action of actionsOf(context.commandName ?? 'unknown', args.input as never))
        current.getStore()?.add(action);
      return next(args);
    },
    { step: 'initialize', name: 'watchGrants' },
  );
}

/** Run a function's handler; fail if it used a DynamoDB action its grants do not allow. */
export async function withinGrants<T>(functionName: string, run: () => Promise<T>): Promise<T> {
  const used = new Set<string>();
  const result = await current.run(used, run);
  const granted = grantedActions(functionName);
  const refused = [...used].filter((action) => !granted.has(action));
  if (refused.length)
    throw new Error(
      `${functionName} used ${refused.join(', ')}, which its grants in serverless.yml (${serverlessConfig().functions[functionName]?.grants.join(', ')}) do not allow`,
    );
  return result;
}
