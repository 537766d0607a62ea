import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { VOTABLE_KINDS, type HelpfulCounts } from '@sunshine/shared';
import { StaleWriteError } from '../../ports/stale-write';
import type { VoteStore } from '../../ports/vote-store';
import { publicKey, statsKey, voteKey } from './keys';
import { cancellationReasons } from './cancellation';

/**
 * A vote and the counts change in one transaction, conditional on the vote read before it, so a
 * double tap or two devices never count a person twice; the item must be public and of a kind
 * that asks (checked in the same transaction).
 */
export class DynamoVoteStore implements VoteStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async vote({
    id,
    userId,
    helpful,
    at,
  }: {
    id: string;
    userId: string;
    helpful: boolean;
    at: string;
  }): Promise<HelpfulCounts | 'unavailable'> {
    const previous = (
      await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: voteKey(id, userId) }),
      )
    ).Item as { helpful: boolean } | undefined;
    if (previous?.helpful !== helpful) {
      const delta = (value: boolean) =>
        (value === helpful ? 1 : 0) - (previous && previous.helpful === value ? 1 : 0);
      try {
        await this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                ConditionCheck: {
                  TableName: this.tableName,
                  Key: publicKey(id),
                  ConditionExpression: `attribute_exists(feedSk) AND #kind IN (${VOTABLE_KINDS.map((_, i) => `:k${i}`).join(', ')})`,
                  ExpressionAttributeNames: { '#kind': 'kind' },
                  ExpressionAttributeValues: Object.fromEntries(
                    VOTABLE_KINDS.map((kind, i) => [`:k${i}`, kind]),
                  ),
                },
              },
              {
                Put: {
                  TableName: this.tableName,
                  Item: { ...voteKey(id, userId), helpful, at },
                  ConditionExpression: previous
                    ? 'helpful = :previous'
                    : 'attribute_not_exists(pk)',
                  ExpressionAttributeValues: previous
                    ? { ':previous': previous.helpful }
                    : undefined,
                },
              },
              {
                Update: {
                  TableName: this.tableName,
                  Key: statsKey(id),
                  UpdateExpression: 'ADD yes :yes, #no :no',
                  ExpressionAttributeNames: { '#no': 'no' },
                  ExpressionAttributeValues: { ':yes': delta(true), ':no': delta(false) },
                },
              },
            ],
          }),
        );
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'unavailable';
        if (reasons[1]?.Code === 'ConditionalCheckFailed') throw new StaleWriteError();
        throw error;
      }
    }
    const stats = (
      await this.client.send(new GetCommand({ TableName: this.tableName, Key: statsKey(id) }))
    ).Item;
    return { yes: Number(stats?.yes ?? 0), no: Number(stats?.no ?? 0), mine: helpful };
  }
}
