import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import {
  RATING_PROBLEMS,
  type GuideRatingInput,
  type GuideRatingsView,
  type RatingProblem,
  type RatingScore,
  type RatingSummary,
} from '@sunshine/shared';
import type { RatingStore } from '../../ports/rating-store';
import { StaleWriteError } from '../../ports/stale-write';
import { publicKey, ratingKey, ratingPartition, statsKey } from './keys';
import { problemAttribute, problemCounts, ratingSummary, scoreAttribute } from './rating-summary';
import { cancellationReasons } from './cancellation';

type StoredRating = GuideRatingInput & { at: string };

/**
 * Like votes: the rating and the counters change in one transaction, conditional on the rating
 * read before it (so a retry or a second device never counts a person twice), and only for a
 * guide residents can read (checked in the same transaction).
 */
export class DynamoRatingStore implements RatingStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async rate({
    id,
    userId,
    rating,
    at,
  }: {
    id: string;
    userId: string;
    rating: GuideRatingInput;
    at: string;
  }): Promise<RatingSummary | 'unavailable'> {
    const previous = (
      await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: ratingKey(id, userId) }),
      )
    ).Item as StoredRating | undefined;
    const deltas = new Map<string, number>();
    const add = (attribute: string, by: number) =>
      deltas.set(attribute, (deltas.get(attribute) ?? 0) + by);
    if (previous) {
      add(scoreAttribute(previous.score), -1);
      for (const problem of previous.problems) add(problemAttribute(problem), -1);
    }
    add(scoreAttribute(rating.score), 1);
    for (const problem of new Set(rating.problems)) add(problemAttribute(problem), 1);
    const changed = [...deltas].filter(([, by]) => by !== 0);
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              ConditionCheck: {
                TableName: this.tableName,
                Key: publicKey(id),
                ConditionExpression: 'attribute_exists(feedSk) AND #kind = :guide',
                ExpressionAttributeNames: { '#kind': 'kind' },
                ExpressionAttributeValues: { ':guide': 'guide' },
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...ratingKey(id, userId),
                  score: rating.score,
                  problems: [...new Set(rating.problems)],
                  reason: rating.reason,
                  at,
                },
                ConditionExpression: previous ? '#at = :previousAt' : 'attribute_not_exists(pk)',
                ExpressionAttributeNames: previous ? { '#at': 'at' } : undefined,
                ExpressionAttributeValues: previous ? { ':previousAt': previous.at } : undefined,
              },
            },
            ...(changed.length
              ? [
                  {
                    Update: {
                      TableName: this.tableName,
                      Key: statsKey(id),
                      UpdateExpression: `ADD ${changed.map((_, i) => `#a${i} :d${i}`).join(', ')}`,
                      ExpressionAttributeNames: Object.fromEntries(
                        changed.map(([attribute], i) => [`#a${i}`, attribute]),
                      ),
                      ExpressionAttributeValues: Object.fromEntries(
                        changed.map(([, by], i) => [`:d${i}`, by]),
                      ),
                    },
                  },
                ]
              : []),
          ],
        }),
      );
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'unavailable';
      if (reasons[1]?.Code === 'ConditionalCheckFailed') throw new StaleWriteError();
      throw error;
    }
    const stats = (
      await this.client.send(new GetCommand({ TableName: this.tableName, Key: statsKey(id) }))
    ).Item;
    return { ...ratingSummary(stats), mine: rating.score };
  }

  async listRatings(id: string): Promise<GuideRatingsView> {
    const { pk, skPrefix } = ratingPartition(id);
    const [ratings, stats] = await Promise.all([
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': skPrefix },
        }),
      ),
      this.client.send(new GetCommand({ TableName: this.tableName, Key: statsKey(id) })),
    ]);
    const recent = ((ratings.Items ?? []) as StoredRating[])
      .map(({ score, problems, reason, at }) => ({
        score: score as RatingScore,
        problems: problems.filter((p): p is RatingProblem =>
          (RATING_PROBLEMS as readonly string[]).includes(p),
        ),
        reason,
        at,
      }))
      .sort((a, b) => b.at.localeCompare(a.at));
    return { ...ratingSummary(stats.Item), problems: problemCounts(stats.Item), recent };
  }
}
