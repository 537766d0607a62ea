import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WorkflowStatus } from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import { StaleWriteError } from '../../ports/stale-write';
import type { Revision, WorkflowItem, WorkflowStore } from '../../ports/workflow-store';
import { auditPut } from './audit-log';
import { publishedItem } from './interpretation-store';
import {
  interpretationKey,
  interpretationPk,
  PUBLIC_INDEX_ATTRIBUTES,
  REVISION_PREFIX,
  revisionKey,
  WORK_FEED_PK,
  WORK_INDEX,
  workAttributes,
  workKey,
  workOwnerPk,
  workStatusPk,
} from './keys';

const INDEX_ATTRIBUTES = ['pk', 'sk', 'workStatusPk', 'workOwnerPk', 'workFeedPk', 'workSk'];

function toItem(stored: Record<string, unknown>): WorkflowItem {
  const item = { ...stored };
  for (const key of INDEX_ATTRIBUTES) delete item[key];
  return item as unknown as WorkflowItem;
}

export class DynamoWorkflowStore implements WorkflowStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<WorkflowItem | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: workKey(id) }));
    return result.Item ? toItem(result.Item) : undefined;
  }

  /** The Put of a workflow item, conditional on the revision it was read at. */
  private putWork(item: WorkflowItem) {
    const fresh = item.rev === 1;
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...item, ...workKey(item.id), ...workAttributes(item) },
        ConditionExpression: fresh ? 'attribute_not_exists(pk)' : 'rev = :previous',
        ExpressionAttributeValues: fresh ? undefined : { ':previous': item.rev - 1 },
      },
    };
  }

  private async transact(items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>) {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') throw new StaleWriteError();
      throw error;
    }
  }

  async save(item: WorkflowItem, audit: AuditEntry): Promise<void> {
    await this.transact([this.putWork(item), auditPut(this.tableName, audit)]);
  }

  async publish(item: WorkflowItem, revision: Revision, audit: AuditEntry): Promise<void> {
    await this.transact([
      this.putWork(item),
      { Put: { TableName: this.tableName, Item: { ...revision, ...revisionKey(item.id, revision.version) }, ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: this.tableName, Item: publishedItem(revision.content) } },
      auditPut(this.tableName, audit),
    ]);
  }

  async withdraw(item: WorkflowItem, audit: AuditEntry): Promise<void> {
    await this.transact([
      this.putWork(item),
      {
        Update: {
          TableName: this.tableName,
          Key: interpretationKey(item.id),
          // Without its index keys the item leaves every public index; the page says why it went.
          UpdateExpression: `REMOVE ${PUBLIC_INDEX_ATTRIBUTES.join(', ')} SET withdrawal = :withdrawal`,
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':withdrawal': item.withdrawal },
        },
      },
      auditPut(this.tableName, audit),
    ]);
  }

  private async queryIndex(indexName: string, keyAttribute: string, value: string, limit: number): Promise<WorkflowItem[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: indexName,
        KeyConditionExpression: '#key = :value',
        ExpressionAttributeNames: { '#key': keyAttribute },
        ExpressionAttributeValues: { ':value': value },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(toItem);
  }

  listByOwner(userId: string, limit: number) {
    return this.queryIndex(WORK_INDEX.byOwner, 'workOwnerPk', workOwnerPk(userId), limit);
  }

  listByStatus(status: WorkflowStatus, limit: number) {
    return this.queryIndex(WORK_INDEX.byStatus, 'workStatusPk', workStatusPk(status), limit);
  }

  listRecent(limit: number) {
    return this.queryIndex(WORK_INDEX.feed, 'workFeedPk', WORK_FEED_PK, limit);
  }

  async listRevisions(id: string): Promise<Revision[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': interpretationPk(id), ':prefix': REVISION_PREFIX },
      }),
    );
    return (result.Items ?? []).map(({ pk, sk, ...revision }) => revision as Revision);
  }
}
