import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LatePublicationSource } from '../../ports/report-sources';
import { latePublicationsPk } from './keys';
import { queryEvery } from './query-every';

/** Pattern 143: the late first publications of a year, recorded by each publication (pattern 142). */
export class DynamoLatePublications implements LatePublicationSource {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listLatePublications(
    year: number,
  ): Promise<{ id: string; title: string; madeOn: string; publishedOn: string }[]> {
    const items = await queryEvery(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': latePublicationsPk(year) },
    });
    return items.map((item) => ({
      id: String(item.id),
      title: String(item.title),
      madeOn: String(item.madeOn),
      publishedOn: String(item.publishedOn),
    }));
  }
}
