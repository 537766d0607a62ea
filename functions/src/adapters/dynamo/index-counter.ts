import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { indexCounterKey, isIndexCounterKey } from './keys';
import type { TransactItem } from './public-copies';

/**
 * A year's 索引号 counter: one small item holding the last sequence taken. Every first publication
 * of the year writes it, conditional on the value it read, in the publication's own transaction:
 * two at once cannot take the same number, and a publication cancelled takes none. One item takes
 * about a thousand writes a second; publishing is human-paced (a province's bureaus together publish
 * a few items a minute, not a second), so this one item of the year is never the bottleneck.
 */

/** The last sequence taken in a year (0 before its first). Strongly consistent: the write is conditional on it. */
export async function readIndexCounter(
  client: DynamoDBDocumentClient,
  tableName: string,
  year: number,
): Promise<number> {
  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: indexCounterKey(year), ConsistentRead: true }),
  );
  return Number(Item?.lastSeq ?? 0);
}

/** The counter moved to `seq`, only from `seq - 1` (pattern 132). */
export function indexCounterWrite(tableName: string, year: number, seq: number): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: { ...indexCounterKey(year), year, lastSeq: seq },
      ConditionExpression: seq === 1 ? 'attribute_not_exists(pk)' : 'lastSeq = :read',
      ExpressionAttributeValues: seq === 1 ? undefined : { ':read': seq - 1 },
    },
  };
}

export function isIndexCounterWrite(item: TransactItem): boolean {
  return 'Put' in item && isIndexCounterKey(item.Put.Item);
}
