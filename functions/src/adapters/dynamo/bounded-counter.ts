import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';

/** A counter item, its limit, and when DynamoDB's TTL may delete it (epoch seconds). */
export interface BoundedCount {
  TableName: string;
  Key: { pk: string; sk: string };
  limit: number;
  expiresAt: number;
  /** How much to add; the counter never goes past its limit. */
  by?: number;
}

/**
 * The update that adds to a counter only while the result stays within its limit: one form for
 * a transaction's item (submissions) and a plain update (sign-in, content checks).
 */
export function boundedAdd({ TableName, Key, limit, expiresAt, by = 1 }: BoundedCount) {
  return {
    TableName,
    Key,
    UpdateExpression: 'ADD #n :by SET expiresAt = :expires',
    ConditionExpression: 'attribute_not_exists(#n) OR #n <= :room',
    ExpressionAttributeNames: { '#n': 'count' },
    ExpressionAttributeValues: { ':by': by, ':room': limit - by, ':expires': expiresAt },
  };
}

/**
 * A plain conditional update, not a transaction: counters many requests write at once queue
 * behind each other, where concurrent transactions on one item cancel each other. False when the
 * counter is full (nothing added).
 */
export async function addWithin(
  client: DynamoDBDocumentClient,
  count: BoundedCount,
): Promise<boolean> {
  try {
    await client.send(new UpdateCommand(boundedAdd(count)));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
