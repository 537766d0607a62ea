import type { PublicationRecords, WithholdingMove } from '../../ports/workflow-store';
import { concernEntryWrites } from './concern-store';
import { latePublicationKey, negativeListCount, negativeListKey } from './keys';
import type { TransactItem } from './public-copies';

/**
 * Pattern 145: move a document's count from one negative-list ground to another, exactly. Two
 * publications at once never both move it from one read: each transaction also holds the
 * published-version watermark, on which they clash and the loser is retried (the race test in
 * negative-list.test.ts).
 */
export function withholdingCountWrites(tableName: string, move?: WithholdingMove): TransactItem[] {
  if (!move || move.from === move.to) return [];
  const changes: Array<[string, number]> = [];
  if (move.from) changes.push([move.from, -1]);
  if (move.to) changes.push([move.to, 1]);
  return [
    {
      Update: {
        TableName: tableName,
        Key: negativeListKey(),
        UpdateExpression: `ADD ${changes.map((_, index) => `#g${index} :d${index}`).join(', ')}`,
        ExpressionAttributeNames: Object.fromEntries(
          changes.map(([ground], index) => [`#g${index}`, negativeListCount(ground)]),
        ),
        ExpressionAttributeValues: Object.fromEntries(
          changes.map(([, delta], index) => [`:d${index}`, delta]),
        ),
      },
    },
  ];
}

/** Patterns 142, 145 and 157: what a publication records beside the item. */
export function publicationRecordWrites(
  tableName: string,
  records: PublicationRecords = {},
): TransactItem[] {
  const { late } = records;
  return [
    ...(late
      ? [
          {
            Put: {
              TableName: tableName,
              Item: { ...late, ...latePublicationKey(late.publishedOn, late.id) },
            },
          },
        ]
      : []),
    ...withholdingCountWrites(tableName, records.withholding),
    ...(records.concern
      ? concernEntryWrites(tableName, records.concern.concernId, records.concern.entry)
      : []),
  ];
}
