import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PublishedContent } from '@sunshine/shared';
import type { SearchCorpus } from '../../ports/search';
import { withoutKeys } from './content-store';
import { SEARCH_INDEX, SEARCH_PK } from './keys';

/**
 * Every published, publicly disclosed item, from the sparse index only published items are in (withdrawn
 * ones lose its key), page by page. Read when the embedded search index is (re)built.
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
}
