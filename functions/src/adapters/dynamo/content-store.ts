import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConsultationReport, ContentCard, Page } from '@sunshine/shared';
import type { PublicItems } from '../../ports/notification-ports';
import {
  InvalidCursorError,
  type ContentStore,
  type ListPublishedOptions,
  type PublicEntry,
  type StoredPublication,
  type StoredReference,
} from '../../ports/content-store';
import { ratingSummary } from './rating-summary';
import { commentTally } from './comment-tally';
import {
  decodeCursor,
  encodeCursor,
  feedQuery,
  feedStartKey,
  LINK_PREFIX,
  PUBLIC_INDEX_ATTRIBUTES,
  publicKey,
  publicPartition,
  PUBLIC_PREFIX,
  REFERENCE_PREFIX,
  REPORT_SK,
  STATS_SK,
  TALLY_SK,
} from './keys';

const KEY_ATTRIBUTES = ['pk', 'sk', 'card', ...PUBLIC_INDEX_ATTRIBUTES] as const;

/** A stored item without the attributes that only file it. */
export function withoutKeys<T>(item: Record<string, unknown>): T {
  const copy = { ...item };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy as T;
}

/** A withdrawn reference keeps nothing of what the item said, whatever an older withdrawal stored. */
const storedReference = (card: ContentCard, withdrawn: boolean): StoredReference =>
  withdrawn ? { id: card.id, kind: card.kind, withdrawn: true } : card;

/**
 * The items of a public partition (sk `PUB…`): the item, the documents it refers to, what refers
 * to it. One Query; staff items of the same partition (`WORK`, `REV#n`) are outside the key range.
 */
export async function queryPublicPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  id: string,
) {
  const { pk, skPrefix } = publicPartition(id);
  const result = await client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
    }),
  );
  const items = result.Items ?? [];
  const stored = items.find((entry) => entry.sk === PUBLIC_PREFIX);
  const stats = items.find((entry) => entry.sk === STATS_SK);
  const item = stored ? withoutKeys<StoredPublication>(stored) : undefined;
  const report = items.find((entry) => entry.sk === REPORT_SK)?.report as
    ConsultationReport | undefined;
  return {
    ...(item?.kind === 'consultation' && {
      tally: commentTally(
        items.find((entry) => entry.sk === TALLY_SK),
        item.questions.map((question) => question.options.length),
      ),
      ...(report && { report }),
    }),
    helpful: { yes: Number(stats?.yes ?? 0), no: Number(stats?.no ?? 0) },
    rating: ratingSummary(stats),
    item,
    references: items
      .filter((entry) => String(entry.sk).startsWith(REFERENCE_PREFIX))
      .map((entry) => storedReference(entry.card as ContentCard, Boolean(entry.withdrawn))),
    links: items
      .filter((entry) => String(entry.sk).startsWith(LINK_PREFIX))
      .map((entry) => entry.card as ContentCard),
  };
}

export class DynamoContentStore implements ContentStore, PublicItems {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async listPublished({
    kind,
    facet,
    cursor,
    limit,
  }: ListPublishedOptions): Promise<Page<ContentCard>> {
    const choice = { kind, facet };
    let startKey: ReturnType<typeof feedStartKey> | undefined;
    if (cursor) {
      const position = decodeCursor(cursor);
      if (!position) throw new InvalidCursorError();
      startKey = feedStartKey(position, choice);
    }
    const feed = feedQuery(choice);
    // Ask for one more than the page so the last page has no cursor: still one Query.
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: feed.index,
        KeyConditionExpression: '#feed = :partition',
        ExpressionAttributeNames: { '#feed': feed.attribute },
        ExpressionAttributeValues: { ':partition': feed.partition },
        ScanIndexForward: false,
        Limit: limit + 1,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = (result.Items ?? []).map((entry) => entry.card as ContentCard);
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    // More to read: the extra item came back, or the Query stopped at its 1 MB cap before the limit.
    const more = items.length > limit || result.LastEvaluatedKey !== undefined;
    return more && last
      ? { items: page, nextCursor: encodeCursor(last.publishedAt, last.id) }
      : { items: page };
  }

  async getPublished(id: string): Promise<PublicEntry | undefined> {
    const { item, references, links, helpful, rating, tally, report } = await queryPublicPartition(
      this.client,
      this.tableName,
      id,
    );
    return item
      ? {
          item,
          documents: references,
          related: links,
          helpful,
          rating,
          ...(tally && { tally }),
          ...(report && { report }),
        }
      : undefined;
  }

  /** Pattern 3a. */
  async publishedItem(id: string): Promise<StoredPublication | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: publicKey(id), ConsistentRead: true }),
    );
    return Item ? withoutKeys<StoredPublication>(Item) : undefined;
  }

  async isPublic(itemId: string): Promise<boolean> {
    const item = await this.publishedItem(itemId);
    return item !== undefined && !item.withdrawal;
  }
}
