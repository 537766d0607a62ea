import {
  contentCard,
  isPubliclyDisclosed,
  referencedIds,
  REFERENCEABLE_KINDS,
  type ContentCard,
  type PublishedContent,
} from '@sunshine/shared';
import type { queryPublicPartition } from './content-store';
import { feedAttributes, linkKey, publicKey, referenceKey } from './keys';

type Partition = Awaited<ReturnType<typeof queryPublicPartition>>;
type Key = { pk: string; sk: string };
export type TransactItem =
  | {
      Put: {
        TableName: string;
        Item: Record<string, unknown>;
        ConditionExpression?: string;
        ExpressionAttributeValues?: Record<string, unknown>;
      };
    }
  | { Delete: { TableName: string; Key: Key } }
  | {
      Update: {
        TableName: string;
        Key: Key;
        UpdateExpression: string;
        ConditionExpression?: string;
        ExpressionAttributeNames?: Record<string, string>;
        ExpressionAttributeValues?: Record<string, unknown>;
      };
    }
  | { ConditionCheck: { TableName: string; Key: Key; ConditionExpression: string } };

/** The stored public copy of an item: its content, its card for lists, its feed attributes. */
export function publicItem(content: PublishedContent) {
  const card = contentCard(content);
  return { ...content, card, ...publicKey(content.id), ...feedAttributes(card) };
}

/**
 * The writes that make a newly published version what residents see, given what the item's public
 * partition held before and the current cards of the documents it refers to:
 * - publicly disclosed: its public copy, a reference to each document (with that document's card)
 *   and a link in each document's partition (with its own card), each document checked to be
 *   still published in the same transaction; references it no longer makes are removed;
 * - not publicly disclosed (a document marked on application or not disclosed): no public copy,
 *   and any earlier one, its references and links are removed;
 * - a document also refreshes its card in every item that refers to it, or takes it away there.
 */
export function publishWrites(
  table: string,
  content: PublishedContent,
  before: Partition,
  documents: Map<string, ContentCard>,
): TransactItem[] {
  const id = content.id;
  const disclosed = isPubliclyDisclosed(content);
  const card = contentCard(content);
  const references = disclosed ? referencedIds(content) : [];
  const writes: TransactItem[] = [];
  if (disclosed) writes.push({ Put: { TableName: table, Item: publicItem(content) } });
  else if (before.item) writes.push({ Delete: { TableName: table, Key: publicKey(id) } });
  for (const documentId of references) {
    writes.push(
      {
        ConditionCheck: {
          TableName: table,
          Key: publicKey(documentId),
          ConditionExpression: 'attribute_exists(feedSk)',
        },
      },
      {
        Put: {
          TableName: table,
          Item: { ...referenceKey(id, documentId), card: documents.get(documentId) },
        },
      },
      { Put: { TableName: table, Item: { ...linkKey(documentId, id), card } } },
    );
  }
  for (const old of before.references) {
    if (!references.includes(old.id)) writes.push(...unlink(table, id, old.id));
  }
  // A document or guide refreshes its card wherever it is referred to (its validity, its figures).
  if ((REFERENCEABLE_KINDS as readonly string[]).includes(content.kind)) {
    for (const linked of before.links) {
      writes.push(
        disclosed
          ? { Put: { TableName: table, Item: { ...referenceKey(linked.id, id), card } } }
          : { Delete: { TableName: table, Key: referenceKey(linked.id, id) } },
      );
      if (!disclosed) writes.push({ Delete: { TableName: table, Key: linkKey(id, linked.id) } });
    }
  }
  return writes;
}

/** The writes of a withdrawal: the item keeps its page (which says why) but leaves every list. */
export function withdrawWrites(
  table: string,
  id: string,
  withdrawal: { reason: string; at: string },
  before: Partition,
  removeIndexes: readonly string[],
): TransactItem[] {
  if (!before.item) return [];
  const writes: TransactItem[] = [
    {
      Update: {
        TableName: table,
        Key: publicKey(id),
        UpdateExpression: `REMOVE ${removeIndexes.join(', ')} SET withdrawal = :withdrawal`,
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':withdrawal': withdrawal },
      },
    },
    ...before.references.flatMap((reference) => unlink(table, id, reference.id)),
  ];
  // An interpretation of a withdrawn document says so, rather than losing its source silently; the
  // card keeps only what tells a document from a guide, not the title that may have exposed someone.
  for (const linked of before.links) {
    writes.push({
      Update: {
        TableName: table,
        Key: referenceKey(linked.id, id),
        UpdateExpression: 'SET withdrawn = :yes, card = :stub',
        ExpressionAttributeValues: { ':yes': true, ':stub': { id, kind: before.item.kind } },
      },
    });
  }
  return writes;
}

const unlink = (table: string, id: string, documentId: string): TransactItem[] => [
  { Delete: { TableName: table, Key: referenceKey(id, documentId) } },
  { Delete: { TableName: table, Key: linkKey(documentId, id) } },
];

/**
 * The writes that give an item published before numbering its 索引号 wherever residents read its
 * card: its public copy (if it has one, withdrawn or not), and while it is public, its card in the
 * items that refer to it and in the documents it refers to. Each only where it still is (a link
 * removed meanwhile cancels the transaction, to be tried again on what is there then).
 */
export function numberWrites(
  table: string,
  id: string,
  indexNumber: string,
  before: Partition,
): TransactItem[] {
  if (!before.item) return [];
  const set = (Key: Key, expression: string): TransactItem => ({
    Update: {
      TableName: table,
      Key,
      UpdateExpression: `SET ${expression}`,
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':number': indexNumber },
    },
  });
  const cardsElsewhere = before.item.withdrawal
    ? []
    : [
        ...before.links.map((linked) => referenceKey(linked.id, id)),
        ...before.references
          .filter((reference) => !('withdrawn' in reference && reference.withdrawn))
          .map((reference) => linkKey(reference.id, id)),
      ];
  return [
    set(publicKey(id), 'indexNumber = :number, card.indexNumber = :number'),
    ...cardsElsewhere.map((key) => set(key, 'card.indexNumber = :number')),
  ];
}
