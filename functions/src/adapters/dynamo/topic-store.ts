import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { TopicView } from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import type { TopicStore } from '../../ports/topic-store';
import { auditPut } from './audit-log';
import { topicsKey } from './keys';
import { cancellationReasons } from './cancellation';

/** One item holds the added topics (a bureau adds a handful), and their keys as a set for the check. */
export class DynamoTopicStore implements TopicStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listCustom(): Promise<TopicView[]> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: topicsKey() }),
    );
    return (result.Item?.topics as TopicView[] | undefined) ?? [];
  }

  async add(topic: TopicView, audit: AuditEntry): Promise<'added' | 'exists'> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: topicsKey(),
                UpdateExpression:
                  'SET topics = list_append(if_not_exists(topics, :none), :topic) ADD #keys :key',
                ConditionExpression:
                  'attribute_not_exists(#keys) OR NOT contains(#keys, :keyValue)',
                ExpressionAttributeNames: { '#keys': 'keys' },
                ExpressionAttributeValues: {
                  ':none': [],
                  ':topic': [topic],
                  ':key': new Set([topic.key]),
                  ':keyValue': topic.key,
                },
              },
            },
            auditPut(this.tableName, audit),
          ],
        }),
      );
      return 'added';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'exists';
      throw error;
    }
  }
}
