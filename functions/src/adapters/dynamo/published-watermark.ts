import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PublicChange, PublishedWatermark } from '../../ports/search';
import { publishedWatermarkKey } from './keys';
import type { TransactItem } from './public-copies';

/**
 * The changes the watermark names. A warm index further behind rebuilds whole. Each is stored as
 * one string, `<id>` (left) or `<id>@<updatedAt>` (≤ 51 bytes), so 50 keep the item under the
 * 4 KB that one strongly consistent read costs (1 RCU), on every search.
 */
const RECENT = 50;

const encode = ({ id, updatedAt }: PublicChange) => (updatedAt ? `${id}@${updatedAt}` : id);
function decode(entry: string): PublicChange {
  const [id, updatedAt] = entry.split('@') as [string, string?];
  return updatedAt ? { id, updatedAt } : { id };
}

/** Strongly consistent: a search must not take an old watermark for the current one. */
export async function readWatermark(
  client: DynamoDBDocumentClient,
  tableName: string,
): Promise<PublishedWatermark> {
  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: publishedWatermarkKey(), ConsistentRead: true }),
  );
  return {
    version: Number(Item?.version ?? 0),
    recent: ((Item?.recent as string[] | undefined) ?? []).map(decode),
  };
}

/**
 * A change the recent list cannot name item by item (the 索引号 backfill touches what search
 * finds without a new version): the list is emptied, so every warm index is further behind than
 * it and rebuilds whole.
 */
export const EVERYTHING = 'everything';

/**
 * The watermark moved one step by a change, for the change's own transaction. Conditional on the
 * version read, so two changes at once cannot both take the same step: the later one is cancelled
 * and tried again (isWatermarkWrite).
 */
export function watermarkWrite(
  tableName: string,
  before: PublishedWatermark,
  change: PublicChange | typeof EVERYTHING,
): TransactItem {
  const recent = change === EVERYTHING ? [] : [...before.recent, change].slice(-RECENT).map(encode);
  return {
    Put: {
      TableName: tableName,
      Item: { ...publishedWatermarkKey(), version: before.version + 1, recent },
      ConditionExpression: before.version ? 'version = :read' : 'attribute_not_exists(pk)',
      ExpressionAttributeValues: before.version ? { ':read': before.version } : undefined,
    },
  };
}

export function isWatermarkWrite(item: TransactItem): boolean {
  const key = publishedWatermarkKey();
  return 'Put' in item && item.Put.Item.pk === key.pk && item.Put.Item.sk === key.sk;
}
