import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LatePublicationSource } from '../../ports/report-sources';
import { latePublicationsPk } from './keys';

/** Pattern 143: the late first publications of a year, recorded by each publication (pattern 142). */
export class DynamoLatePublications implements LatePublicationSource {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listLatePublications(
    year: number,
  ): Promise<{ id: string; title: string; madeOn: string; publishedOn: string }[]> {
    const late: { id: string; title: string; madeOn: string; publishedOn: string }[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': latePublicationsPk(year) },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? [])
        late.push({
          id: String(item.id),
          title: String(item.title),
          madeOn: String(item.madeOn),
          publishedOn: String(item.publishedOn),
        });
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return late;
  }
}
