import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { HealthProbe } from '../../ports/health-probe';
import { healthKey } from './keys';

/** One GetItem of a fixed key: the table exists, the role may read it, DynamoDB answers. */
export class DynamoHealthProbe implements HealthProbe {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async check(): Promise<void> {
    await this.client.send(new GetCommand({ TableName: this.tableName, Key: healthKey() }));
  }
}
