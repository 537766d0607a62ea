import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PublishedContent } from '@sunshine/shared';
import type { PublishedWatermark, SearchCorpus } from '../../ports/search';
import { withoutKeys } from './content-store';
import { publicKey, SEARCH_INDEX, SEARCH_PK } from './keys';
import { readWatermark } from './published-watermark';

/**
 * Every published, publicly disclosed item, from the sparse index only published items are in (withdrawn
 * ones lose its key), page by page. Read when the embedded search index is (re)built. That index
 * is eventually consistent; the watermark and single items are read from the table itself, strongly.
 */
export class DynamoSearchCorpus implements SearchCorpus {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async published(): Promise<PublishedContent[]> {
    const items: PublishedContent[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: SEARCH_INDEX,
          KeyConditionExpression: 'searchPk = :pk',
          ExpressionAttributeValues: { ':pk': SEARCH_PK },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) items.push(withoutKeys<PublishedContent>(item));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  watermark(): Promise<PublishedWatermark> {
    return readWatermark(this.client, this.tableName);
  }

  async current(id: string): Promise<PublishedContent | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: publicKey(id), ConsistentRead: true }),
    );
    // Searchable exactly when it is in the search index: a withdrawn copy has lost its key.
    return Item && Item.searchPk === SEARCH_PK && !Item.withdrawal
      ? withoutKeys<PublishedContent>(Item)
      : undefined;
  }
}
