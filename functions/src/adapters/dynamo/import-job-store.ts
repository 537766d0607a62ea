import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { GuideImportJob, ImportJobStore } from '../../ports/import-jobs';
import { StaleWriteError } from '../../ports/stale-write';
import { importJobKey } from './keys';

/** One item per import; at 10,000 rows its codes and lines stay far under DynamoDB's 400 KB. */
export class DynamoImportJobStore implements ImportJobStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<GuideImportJob | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: importJobKey(id) }),
    );
    if (!result.Item) return undefined;
    const { pk, sk, ...job } = result.Item;
    return job as GuideImportJob;
  }

  async save(job: GuideImportJob): Promise<void> {
    const fresh = job.rev === 1;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...job, ...importJobKey(job.id) },
          ConditionExpression: fresh ? 'attribute_not_exists(pk)' : 'rev = :previous',
          ExpressionAttributeValues: fresh ? undefined : { ':previous': job.rev - 1 },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new StaleWriteError();
      throw error;
    }
  }
}
