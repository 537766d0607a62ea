// Counts the write requests a DynamoDB client sends, and the write capacity they cost, for the
// notifications bench. It only wraps the client, so the same file measures any checkout of the
// worker (copied beside an older bench, it counts that code's writes the same way).
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Each call is one request; its items, what AWS bills (items of at most 1 KB, as claims and counters are). */
const WRITES: Record<string, (input: Record<string, unknown>) => { items: number; wcu: number }> = {
  PutItemCommand: () => ({ items: 1, wcu: 1 }),
  UpdateItemCommand: () => ({ items: 1, wcu: 1 }),
  DeleteItemCommand: () => ({ items: 1, wcu: 1 }),
  BatchWriteItemCommand: (input) => {
    const items = Object.values((input.RequestItems ?? {}) as Record<string, unknown[]>).reduce(
      (sum, requests) => sum + requests.length,
      0,
    );
    return { items, wcu: items };
  },
  // A transactional write costs two units per item.
  TransactWriteItemsCommand: (input) => {
    const items = ((input.TransactItems ?? []) as unknown[]).length;
    return { items, wcu: 2 * items };
  },
};

export interface WriteTally {
  requests: number;
  wcu: number;
  byCommand: Record<string, number>;
}

/**
 * Every write command the client sends from now on, counted when sent (a cancelled transaction or
 * a failed condition is billed too). `reset()` starts the count again.
 */
export function recordWrites(client: DynamoDBDocumentClient) {
  const tally: WriteTally = { requests: 0, wcu: 0, byCommand: {} };
  // The document client's commands reach the middleware as the low-level ones they become.
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? '';
      const cost = WRITES[name]?.(args.input as Record<string, unknown>);
      if (cost) {
        tally.requests++;
        tally.wcu += cost.wcu;
        tally.byCommand[name] = (tally.byCommand[name] ?? 0) + 1;
      }
      return next(args);
    },
    { step: 'initialize', name: 'benchRecordWrites' },
  );
  return {
    tally,
    reset() {
      Object.assign(tally, { requests: 0, wcu: 0, byCommand: {} });
    },
  };
}
