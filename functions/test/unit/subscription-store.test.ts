import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoSubscriptionStore } from '../../src/adapters/dynamo/subscription-store';

/**
 * DynamoDB Local runs concurrent transactions one after another, so the integration tests never
 * meet a TransactionConflict; DynamoDB does. Here a client answers with one, as DynamoDB would.
 */
const cancelled = (code: string) =>
  new TransactionCanceledException({
    message: 'Transaction cancelled',
    $metadata: {},
    CancellationReasons: [{ Code: code }],
  });
const change = {
  userId: 'u',
  openid: 'o',
  at: '2026-11-27T00:00:00.000Z',
  results: [{ templateId: 'T', result: 'accept' as const }],
  credited: ['T'],
  topics: ['urgent' as const],
};

function clientFailing(...failures: Error[]) {
  const send = jest.fn(async () => {
    const failure = failures.shift();
    if (failure) throw failure;
    return {};
  });
  return { client: { send } as unknown as DynamoDBDocumentClient, send };
}

test('a transaction cancelled by a conflict with a concurrent one is sent again, and counts once', async () => {
  const { client, send } = clientFailing(
    cancelled('TransactionConflict'),
    cancelled('TransactionConflict'),
  );

  await new DynamoSubscriptionStore(client, 'table').record(change);

  expect(send).toHaveBeenCalledTimes(3);
});

test('a cancellation for another reason is not retried', async () => {
  const { client, send } = clientFailing(cancelled('ValidationError'));

  await expect(new DynamoSubscriptionStore(client, 'table').record(change)).rejects.toThrow(
    'Transaction cancelled',
  );
  expect(send).toHaveBeenCalledTimes(1);
});

test('one transaction names each item once: repeated topics, credits and answers are merged', async () => {
  const { client, send } = clientFailing();

  await new DynamoSubscriptionStore(client, 'table').record({
    ...change,
    results: [...change.results, ...change.results],
    credited: ['T', 'T'],
    topics: ['urgent', 'urgent'],
  });

  const items = (send.mock.calls[0] as unknown as [{ input: { TransactItems: unknown[] } }])[0]
    .input.TransactItems;
  expect(items).toHaveLength(4); // one answer, one credit, the topic in both partitions
});
