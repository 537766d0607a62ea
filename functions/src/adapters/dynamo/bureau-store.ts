import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { BureauProfile } from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import type { BureauStore } from '../../ports/bureau-store';
import { auditPut } from './audit-log';
import { cancellationReasons } from './cancellation';
import { bureauKey } from './keys';

/** One item holds the whole profile: it is read far more than written, and saved whole. */
export class DynamoBureauStore implements BureauStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(): Promise<BureauProfile | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: bureauKey() }),
    );
    return result.Item?.profile as BureauProfile | undefined;
  }

  async save(
    profile: BureauProfile & { updatedAt: string },
    previousUpdatedAt: string | undefined,
    audit: AuditEntry,
  ): Promise<'saved' | 'stale'> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...bureauKey(), profile, updatedAt: profile.updatedAt },
                ...(previousUpdatedAt === undefined
                  ? { ConditionExpression: 'attribute_not_exists(pk)' }
                  : {
                      ConditionExpression: 'updatedAt = :previous',
                      ExpressionAttributeValues: { ':previous': previousUpdatedAt },
                    }),
              },
            },
            auditPut(this.tableName, audit),
          ],
        }),
      );
      return 'saved';
    } catch (error) {
      if (cancellationReasons(error)[0]?.Code === 'ConditionalCheckFailed') return 'stale';
      throw error;
    }
  }
}
