import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { MediaKind } from '@sunshine/shared';
import type { ConfirmedMedia, MediaClaim, MediaRecords } from '../../ports/media-records';
import { mediaRecordKey } from './keys';

/**
 * One item per uploaded file (`MEDIA#<key>` / `MEDIA`): `state` checking while one confirmation
 * copies and checks it, then confirmed with what the check found. Never deleted once confirmed,
 * so a confirmed file is never checked (and copied over) again.
 */
export class DynamoMediaRecords implements MediaRecords {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** #96: the claim is the item's creation; a second claim finds it and says what holds it. */
  async claim(key: string, at: string): Promise<MediaClaim> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...mediaRecordKey(key), key, state: 'checking', claimedAt: at },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return { won: true };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const { Item } = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: mediaRecordKey(key),
          ConsistentRead: true,
        }),
      );
      // Given back between the two requests: still not ours to check, and a retry will win it.
      return { won: false, heldBy: Item?.state === 'confirmed' ? 'confirmed' : 'checking' };
    }
  }

  /** #97: only the claim in progress becomes confirmed. */
  async confirm({
    key,
    kind,
    contentType,
    size,
    confirmedAt,
    confirmedBy,
  }: ConfirmedMedia): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: mediaRecordKey(key),
        UpdateExpression:
          'SET #state = :confirmed, kind = :kind, contentType = :contentType, size = :size, confirmedAt = :at, confirmedBy = :by',
        ConditionExpression: '#state = :checking',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':confirmed': 'confirmed',
          ':checking': 'checking',
          ':kind': kind,
          ':contentType': contentType,
          ':size': size,
          ':at': confirmedAt,
          ':by': confirmedBy,
        },
      }),
    );
  }

  /** #97: a claim that failed its check is deleted; a confirmed record never is. */
  async release(key: string): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: mediaRecordKey(key),
        ConditionExpression: '#state = :checking',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':checking': 'checking' },
      }),
    );
  }

  /** #98: one consistent GetItem per key (a draft names at most 40 files), so a file confirmed a moment ago counts. */
  async confirmedAmong(keys: readonly string[]): Promise<Map<string, MediaKind>> {
    const items = await Promise.all(
      [...new Set(keys)].map((key) =>
        this.client
          .send(
            new GetCommand({
              TableName: this.tableName,
              Key: mediaRecordKey(key),
              ConsistentRead: true,
            }),
          )
          .then(({ Item }) => Item),
      ),
    );
    return new Map(
      items
        .filter((item) => item?.state === 'confirmed')
        .map((item) => [item!.key as string, item!.kind as MediaKind]),
    );
  }
}
