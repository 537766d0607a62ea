import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import {
  contentCard,
  isPubliclyDisclosed,
  referencedIds,
  REFERENCEABLE_KINDS,
  type ContentCard,
  type ContentKind,
  type WorkflowStatus,
} from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import { StaleWriteError } from '../../ports/stale-write';
import { ConcernClosedError } from '../../ports/concern-store';
import {
  DuplicateCodeError,
  UnavailableReferenceError,
  type IndexNumbering,
  type PublicationRecords,
  type WithholdingMove,
  type Revision,
  type WorkflowItem,
  type WorkflowStore,
} from '../../ports/workflow-store';
import { auditPut } from './audit-log';
import { queryPublicPartition } from './content-store';
import { releasePuts } from './release-store';
import type { Release } from '../../ports/release-store';
import { numberWrites, publishWrites, withdrawWrites, type TransactItem } from './public-copies';
import {
  guideCodeKey,
  isConcernKey,
  isGuideCodeKey,
  idOfPartition,
  PUBLIC_INDEX_ATTRIBUTES,
  revisionKey,
  revisionPartition,
  WORK_FEED_PK,
  WORK_INDEX,
  workAttributes,
  workKey,
  workOwnerPk,
  workStatusPk,
} from './keys';
import { backOff, cancellationReasons } from './cancellation';
import { EVERYTHING, isWatermarkWrite, readWatermark, watermarkWrite } from './published-watermark';
import type { PublicChange } from '../../ports/search';
import { indexCounterWrite, isIndexCounterWrite, readIndexCounter } from './index-counter';
import { publicationRecordWrites, withholdingCountWrites } from './publication-records';

/**
 * Another change moved the watermark, or took the year's next 索引号, between our read and our
 * transaction: read them again.
 */
class WatermarkMovedError extends Error {}
/**
 * Publishing is a reviewer's act; two at the same moment are rare, five at once rarer still. Each
 * round of a clash lets one through, so eight at once (the index-number test's race) need up to
 * eight tries; twelve leave room for a slow table.
 */
const WATERMARK_ATTEMPTS = 12;

const INDEX_ATTRIBUTES = ['pk', 'sk', 'workStatusPk', 'workOwnerPk', 'workFeedPk', 'workSk'];

/** A stored workflow item without its keys (the browser's reads too). */
export function toItem(stored: Record<string, unknown>): WorkflowItem {
  const item = { ...stored };
  for (const key of INDEX_ATTRIBUTES) delete item[key];
  return item as unknown as WorkflowItem;
}

/**
 * The Put of a workflow item, conditional on the revision it was read at (a new one: absent).
 * Exported for the other transactions that create a draft, such as promoting an answer.
 */
export function workPut(tableName: string, item: WorkflowItem) {
  const fresh = item.rev === 1;
  return {
    Put: {
      TableName: tableName,
      Item: { ...item, ...workKey(item.id), ...workAttributes(item) },
      ConditionExpression: fresh ? 'attribute_not_exists(pk)' : 'rev = :previous',
      ExpressionAttributeValues: fresh ? undefined : { ':previous': item.rev - 1 },
    },
  };
}

export class DynamoWorkflowStore implements WorkflowStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<WorkflowItem | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: workKey(id) }),
    );
    return result.Item ? toItem(result.Item) : undefined;
  }

  private putWork(item: WorkflowItem) {
    return workPut(this.tableName, item);
  }

  /** The first write is always the workflow item: its failed condition means a stale write. */
  private async transact(items: TransactItem[]) {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons[0]?.Code === 'ConditionalCheckFailed') throw new StaleWriteError();
      const moved = [isWatermarkWrite, isIndexCounterWrite].some((isSerial) => {
        const code = reasons[items.findIndex(isSerial)]?.Code;
        return code === 'ConditionalCheckFailed' || code === 'TransactionConflict';
      });
      // A thread entry that met a concern's close (or another entry) at the same moment: built again.
      const concernMet = items.some(
        (item, index) =>
          'Update' in item &&
          isConcernKey(item.Update.Key) &&
          reasons[index]?.Code === 'TransactionConflict',
      );
      if (moved || concernMet) throw new WatermarkMovedError();
      const failedCheck = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
      const check = failedCheck > 0 ? items[failedCheck] : undefined;
      if (check && 'Update' in check && isConcernKey(check.Update.Key))
        throw new ConcernClosedError();
      if (check && 'ConditionCheck' in check)
        throw new UnavailableReferenceError(idOfPartition(check.ConditionCheck.Key.pk));
      if (check && 'Put' in check && isGuideCodeKey(check.Put.Item.pk))
        throw new DuplicateCodeError(String(check.Put.Item.code));
      throw error;
    }
  }

  /**
   * A change to what the public sees, with the watermark moved in the same transaction (so a warm
   * search index never misses it). Cancelled because another change moved the watermark (or took
   * the 索引号 its writes hold) first, its writes are built again on what is read now: nothing was
   * written.
   */
  private async transactPublic(
    writes: () => Promise<TransactItem[]>,
    change: PublicChange | typeof EVERYTHING,
  ) {
    for (let attempt = 1; ; attempt++) {
      const [watermark, items] = await Promise.all([
        readWatermark(this.client, this.tableName),
        writes(),
      ]);
      try {
        return await this.transact([...items, watermarkWrite(this.tableName, watermark, change)]);
      } catch (error) {
        if (!(error instanceof WatermarkMovedError) || attempt === WATERMARK_ATTEMPTS) throw error;
        await backOff(attempt);
      }
    }
  }

  /** The current cards of the documents and guides a version refers to; each must be publicly published. */
  private async referencedCards(documentIds: string[]): Promise<Map<string, ContentCard>> {
    const cards = new Map<string, ContentCard>();
    for (const documentId of documentIds) {
      const { item } = await queryPublicPartition(this.client, this.tableName, documentId);
      if (
        !item ||
        !(REFERENCEABLE_KINDS as readonly string[]).includes(item.kind) ||
        item.withdrawal
      )
        throw new UnavailableReferenceError(documentId);
      cards.set(documentId, contentCard(item));
    }
    return cards;
  }

  async save(item: WorkflowItem, audit: AuditEntry): Promise<void> {
    await this.transact([
      this.putWork(item),
      auditPut(this.tableName, audit),
      ...(await this.codeClaims(item)),
    ]);
  }

  /** A guide's code claim, and the release of the code its stored version held if it changed. */
  private async codeClaims(item: WorkflowItem): Promise<TransactItem[]> {
    const code = item.draft.kind === 'guide' ? item.draft.code : undefined;
    const stored = item.rev > 1 ? await this.get(item.id) : undefined;
    const storedCode = stored?.draft.kind === 'guide' ? stored.draft.code : undefined;
    const claims: TransactItem[] = [];
    if (code && code !== storedCode) {
      claims.push({
        Put: {
          TableName: this.tableName,
          Item: { ...guideCodeKey(code), id: item.id, code },
          ConditionExpression: 'attribute_not_exists(pk) OR id = :id',
          ExpressionAttributeValues: { ':id': item.id },
        },
      });
    }
    if (storedCode && storedCode !== code)
      claims.push({ Delete: { TableName: this.tableName, Key: guideCodeKey(storedCode) } });
    return claims;
  }

  listByKind(kind: ContentKind): AsyncIterable<WorkflowItem> {
    return this.everyItem({
      FilterExpression: '#draft.#kind = :kind',
      ExpressionAttributeNames: { '#draft': 'draft', '#kind': 'kind' },
      ExpressionAttributeValues: { ':pk': WORK_FEED_PK, ':kind': kind },
    });
  }

  listAll(): AsyncIterable<WorkflowItem> {
    return this.everyItem({ ExpressionAttributeValues: { ':pk': WORK_FEED_PK } });
  }

  /** Every item on the work feed, page by page, kept by an optional filter. */
  private async *everyItem(filter: {
    FilterExpression?: string;
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues: Record<string, unknown>;
  }): AsyncIterable<WorkflowItem> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: WORK_INDEX.feed,
          KeyConditionExpression: 'workFeedPk = :pk',
          ...filter,
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) yield toItem(item);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  async findGuideByCode(code: string): Promise<string | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: guideCodeKey(code) }),
    );
    return result.Item?.id as string | undefined;
  }

  async publish(
    item: WorkflowItem,
    revision: Revision,
    audit: AuditEntry,
    release?: Release,
    numbering?: IndexNumbering,
    records?: PublicationRecords,
  ): Promise<string | undefined> {
    const { content } = revision;
    const [before, documents] = await Promise.all([
      queryPublicPartition(this.client, this.tableName, item.id),
      this.referencedCards(isPubliclyDisclosed(content) ? referencedIds(content) : []),
    ]);
    // Seeds arrive published at version 1: they claim their code here.
    const codeClaims = await this.codeClaims(item);
    const taking = item.indexNumber ? undefined : numbering;
    let indexNumber = item.indexNumber;
    await this.transactPublic(
      async () => {
        // A first publication takes the year's next number, read anew on every try.
        const seq =
          taking && (await readIndexCounter(this.client, this.tableName, taking.year)) + 1;
        indexNumber = taking && seq ? taking.format(seq) : item.indexNumber;
        const numbered = { ...content, ...(indexNumber && { indexNumber }) };
        return [
          this.putWork({ ...item, ...(indexNumber && { indexNumber }) }),
          {
            Put: {
              TableName: this.tableName,
              Item: { ...revision, content: numbered, ...revisionKey(item.id, revision.version) },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          ...publishWrites(this.tableName, numbered, before, documents),
          auditPut(this.tableName, audit),
          ...codeClaims,
          // Its release to subscribers, in the same transaction: never one without the other.
          ...(release ? releasePuts(this.tableName, release) : []),
          ...(taking && seq ? [indexCounterWrite(this.tableName, taking.year, seq)] : []),
          ...publicationRecordWrites(this.tableName, records),
        ];
      },
      // A version not publicly disclosed takes an earlier public one away.
      isPubliclyDisclosed(content)
        ? { id: item.id, updatedAt: content.updatedAt }
        : { id: item.id },
    );
    return indexNumber;
  }

  async number(item: WorkflowItem, numbering: IndexNumbering): Promise<string> {
    const before = await queryPublicPartition(this.client, this.tableName, item.id);
    let indexNumber = '';
    await this.transactPublic(async () => {
      const seq = (await readIndexCounter(this.client, this.tableName, numbering.year)) + 1;
      indexNumber = numbering.format(seq);
      return [
        {
          Update: {
            TableName: this.tableName,
            Key: workKey(item.id),
            // A new rev: an editor's save from before this read must not put the item back without it.
            UpdateExpression: 'SET indexNumber = :number, rev = :next',
            ConditionExpression: 'rev = :rev',
            ExpressionAttributeValues: {
              ':number': indexNumber,
              ':rev': item.rev,
              ':next': item.rev + 1,
            },
          },
        },
        ...numberWrites(this.tableName, item.id, indexNumber, before),
        indexCounterWrite(this.tableName, numbering.year, seq),
      ];
    }, EVERYTHING);
    return indexNumber;
  }

  async withdraw(
    item: WorkflowItem,
    audit: AuditEntry,
    withholding?: WithholdingMove,
  ): Promise<void> {
    const { withdrawal } = item;
    if (!withdrawal) throw new Error('withdraw needs the withdrawal');
    const before = await queryPublicPartition(this.client, this.tableName, item.id);
    await this.transactPublic(
      async () => [
        this.putWork(item),
        // Without its index keys the item leaves every public index; the page says why it went.
        ...withdrawWrites(this.tableName, item.id, withdrawal, before, PUBLIC_INDEX_ATTRIBUTES),
        auditPut(this.tableName, audit),
        ...withholdingCountWrites(this.tableName, withholding),
      ],
      { id: item.id },
    );
  }

  private async queryIndex(
    indexName: string,
    keyAttribute: string,
    value: string,
    limit: number,
  ): Promise<WorkflowItem[]> {
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
    const { pk, skPrefix } = revisionPartition(id);
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
      }),
    );
    return (result.Items ?? []).map(({ pk, sk, ...revision }) => revision as Revision);
  }
}
