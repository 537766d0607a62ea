import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { chinaDate } from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import type { Concern, ConcernEntry, ConcernOfYear, ConcernStore } from '../../ports/concern-store';
import { InvalidCursorError } from '../../ports/content-store';
import { StaleWriteError } from '../../ports/stale-write';
import { auditPut } from './audit-log';
import { cancellationReasons } from './cancellation';
import {
  CLOSED_CONCERNS_PK,
  OPEN_CONCERNS_PK,
  closedConcernKey,
  concernKey,
  concernYearKey,
  concernYearPk,
  decodeConcernCursor,
  encodeConcernCursor,
  openConcernKey,
} from './keys';
import type { TransactItem } from './public-copies';
import { queryEvery } from './query-every';

const strip = <T>({ pk: _pk, sk: _sk, ...rest }: Record<string, unknown>) => rest as T;
/** The year a concern arose in, China time: the figures count it there. */
const yearOf = (concern: Pick<Concern, 'arisenAt'>) =>
  Number(chinaDate(new Date(concern.arisenAt)).slice(0, 4));
const yearCopy = ({ id, level, status, outcomes }: Concern): ConcernOfYear => ({
  id,
  level,
  status,
  ...(outcomes && { outcomes }),
});

/**
 * Pattern 157: a first publication attached to a concern puts its entry on the concern and on its
 * open copy, in the publication's transaction; only while the concern is open (a closed one has no
 * open copy, and the transaction is cancelled).
 */
export function concernEntryWrites(
  tableName: string,
  concernId: string,
  entry: ConcernEntry,
): TransactItem[] {
  return [concernKey(concernId), openConcernKey(concernId)].map((Key) => ({
    Update: {
      TableName: tableName,
      Key,
      UpdateExpression:
        'SET entries = list_append(entries, :entry), firstReleaseAt = if_not_exists(firstReleaseAt, :at), rev = rev + :one',
      ConditionExpression: 'attribute_exists(pk) AND #status = :open',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':entry': [entry],
        ':at': entry.publishedAt,
        ':one': 1,
        ':open': 'open',
      },
    },
  }));
}

export class DynamoConcernStore implements ConcernStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private put(Item: Record<string, unknown>, condition?: string): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item,
        ...(condition && { ConditionExpression: condition }),
      },
    };
  }

  async open(concern: Concern, audit: AuditEntry): Promise<void> {
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          this.put({ ...concern, ...concernKey(concern.id) }, 'attribute_not_exists(pk)'),
          this.put({ ...concern, ...openConcernKey(concern.id) }),
          this.put({ ...yearCopy(concern), ...concernYearKey(yearOf(concern), concern.id) }),
          auditPut(this.tableName, audit),
        ],
      }),
    );
  }

  async get(id: string): Promise<Concern | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: concernKey(id) }),
    );
    return Item && strip<Concern>(Item);
  }

  async save(concern: Concern, audit: AuditEntry): Promise<void> {
    const closing = concern.status === 'closed';
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...concern, ...concernKey(concern.id) },
                // Two staff closing at once: the second finds the rev moved and the status closed.
                ConditionExpression: 'rev = :read AND #status = :open',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':read': concern.rev - 1, ':open': 'open' },
              },
            },
            closing
              ? { Delete: { TableName: this.tableName, Key: openConcernKey(concern.id) } }
              : this.put({ ...concern, ...openConcernKey(concern.id) }),
            ...(closing
              ? [
                  this.put({
                    ...concern,
                    ...closedConcernKey(concern.closedAt ?? concern.openedAt, concern.id),
                  }),
                  this.put({
                    ...yearCopy(concern),
                    ...concernYearKey(yearOf(concern), concern.id),
                  }),
                ]
              : []),
            auditPut(this.tableName, audit),
          ],
        }),
      );
    } catch (error) {
      // Changed since it was read, or being changed this moment by another write (which AWS
      // cancels as TransactionConflict): either way this write is over a stale read.
      const code = cancellationReasons(error)[0]?.Code;
      if (code === 'ConditionalCheckFailed' || code === 'TransactionConflict')
        throw new StaleWriteError();
      throw error;
    }
  }

  async listOpen(): Promise<Concern[]> {
    const items = await queryEvery(this.client, this.tableName, {
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': OPEN_CONCERNS_PK },
    });
    return items.map((item) => strip<Concern>(item));
  }

  async openMajor(): Promise<Array<Pick<Concern, 'id' | 'title' | 'arisenAt'>>> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: '#level = :major',
        ProjectionExpression: 'id, title, arisenAt',
        ExpressionAttributeNames: { '#level': 'level' },
        ExpressionAttributeValues: { ':pk': OPEN_CONCERNS_PK, ':major': 'major' },
      }),
    );
    return (result.Items ?? []).map(({ id, title, arisenAt }) => ({
      id: id as string,
      title: title as string,
      arisenAt: arisenAt as string,
    }));
  }

  async listClosed(
    limit: number,
    cursor?: string,
  ): Promise<{ items: Concern[]; nextCursor?: string }> {
    let startKey: Record<string, string> | undefined;
    if (cursor) {
      const sk = decodeConcernCursor(cursor);
      if (!sk) throw new InvalidCursorError();
      startKey = { pk: CLOSED_CONCERNS_PK, sk };
    }
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': CLOSED_CONCERNS_PK },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const last = result.LastEvaluatedKey?.sk as string | undefined;
    return {
      items: (result.Items ?? []).map((item) => strip<Concern>(item)),
      ...(last && { nextCursor: encodeConcernCursor(last) }),
    };
  }

  async listYear(year: number): Promise<ConcernOfYear[]> {
    const concerns: ConcernOfYear[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': concernYearPk(year) },
          ExclusiveStartKey: startKey,
        }),
      );
      concerns.push(...(page.Items ?? []).map((item) => strip<ConcernOfYear>(item)));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return concerns;
  }
}
