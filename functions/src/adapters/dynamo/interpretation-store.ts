import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { Interpretation, InterpretationSummary, Page } from '@sunshine/shared';
import { InvalidCursorError, type InterpretationStore, type ListPublishedOptions, type PublishedInterpretation } from '../../ports/interpretation-store';
import {
  INDEX,
  categoryFeedPk,
  decodeCursor,
  encodeCursor,
  feedAttributes,
  feedPk,
  feedStartKey,
  interpretationKey,
  PUBLIC_INDEX_ATTRIBUTES,
} from './keys';

const KEY_ATTRIBUTES = ['pk', 'sk', ...PUBLIC_INDEX_ATTRIBUTES] as const;

export function withoutKeys<T>(item: Record<string, unknown>): T {
  const copy = { ...item };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy as T;
}

/** The stored form of a published interpretation: its content, key and feed attributes. */
export function publishedItem(item: Interpretation) {
  return { ...item, ...interpretationKey(item.id), ...feedAttributes(item.publishedAt, item.id, item.category) };
}

function toSummary(item: Record<string, unknown>): InterpretationSummary {
  const { id, title, summary, category, format, documentTitle, publishedAt, demo } = item as InterpretationSummary;
  return { id, title, summary, category, format, documentTitle, publishedAt, demo: demo === true };
}

export class DynamoInterpretationStore implements InterpretationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listPublished({ category, cursor, limit }: ListPublishedOptions): Promise<Page<InterpretationSummary>> {
    let startKey: ReturnType<typeof feedStartKey> | undefined;
    if (cursor) {
      const position = decodeCursor(cursor);
      if (!position) throw new InvalidCursorError();
      startKey = feedStartKey(position, category);
    }
    const byCategory = category
      ? { IndexName: INDEX.publishedByCategory, KeyConditionExpression: 'categoryFeedPk = :pk', pk: categoryFeedPk(category) }
      : { IndexName: INDEX.publishedFeed, KeyConditionExpression: 'feedPk = :pk', pk: feedPk() };
    // Ask for one more than the page so the last page has no cursor: still one Query.
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: byCategory.IndexName,
        KeyConditionExpression: byCategory.KeyConditionExpression,
        ExpressionAttributeValues: { ':pk': byCategory.pk },
        ScanIndexForward: false,
        Limit: limit + 1,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = (result.Items ?? []).map(toSummary);
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    return items.length > limit && last ? { items: page, nextCursor: encodeCursor(last.publishedAt, last.id) } : { items: page };
  }

  async getPublished(id: string): Promise<PublishedInterpretation | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: interpretationKey(id) }));
    return result.Item ? withoutKeys<PublishedInterpretation>(result.Item) : undefined;
  }

  async putPublished(item: Interpretation, { onlyIfNew = false } = {}): Promise<'written' | 'exists'> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: publishedItem(item),
          ConditionExpression: onlyIfNew ? 'attribute_not_exists(pk)' : undefined,
        }),
      );
      return 'written';
    } catch (error) {
      if (onlyIfNew && error instanceof ConditionalCheckFailedException) return 'exists';
      throw error;
    }
  }
}
