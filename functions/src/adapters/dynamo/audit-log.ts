import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { chinaMonth, type AuditQuery, type Page } from '@sunshine/shared';
import type { AuditEntry, AuditLog } from '../../ports/audit-log';
import { InvalidCursorError } from '../../ports/content-store';
import { auditKey, auditPk, decodeAuditCursor, encodeAuditCursor } from './keys';

/** The Put of an audit entry, for a transaction that records an action with its change. */
export function auditPut(tableName: string, entry: AuditEntry) {
  return {
    Put: {
      TableName: tableName,
      Item: { ...entry, ...auditKey(chinaMonth(new Date(entry.at)), entry.at, entry.id) },
      ConditionExpression: 'attribute_not_exists(pk)',
    },
  };
}

export class DynamoAuditLog implements AuditLog {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    await this.client.send(new PutCommand(auditPut(this.tableName, entry).Put));
  }

  async list({
    month,
    actor,
    action,
    itemId,
    cursor,
    limit,
  }: AuditQuery & { month: string; limit: number }): Promise<Page<AuditEntry>> {
    let startKey: Record<string, string> | undefined;
    if (cursor) {
      const sk = decodeAuditCursor(cursor);
      if (!sk) throw new InvalidCursorError();
      startKey = { pk: auditPk(month), sk };
    }
    // Each filter given: its condition, and the value it names.
    const given = [
      {
        value: actor,
        condition: '(actorId = :actor OR contains(actorName, :actor))',
        name: ':actor',
      },
      { value: action, condition: '#action = :action', name: ':action' },
      { value: itemId, condition: 'itemId = :itemId', name: ':itemId' },
    ].filter((filter): filter is typeof filter & { value: string } => Boolean(filter.value));
    const filters = given.map((filter) => filter.condition);
    const values: Record<string, string> = {
      ':pk': auditPk(month),
      ...Object.fromEntries(given.map((filter) => [filter.name, filter.value])),
    };
    // A filtered page may come back short; the cursor still says where to go on.
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: filters.length ? filters.join(' AND ') : undefined,
        ExpressionAttributeNames: action ? { '#action': 'action' } : undefined,
        ExpressionAttributeValues: values,
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = (result.Items ?? []).map(({ pk, sk, ...entry }) => entry as AuditEntry);
    const last = result.LastEvaluatedKey?.sk as string | undefined;
    return last ? { items, nextCursor: encodeAuditCursor(last) } : { items };
  }
}
