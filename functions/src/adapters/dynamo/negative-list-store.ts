import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { WITHHOLDING_GROUNDS, type NegativeListReviewView } from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import {
  EarlierReviewError,
  type NegativeListStore,
  type NegativeListSummary,
} from '../../ports/negative-list-store';
import { auditPut } from './audit-log';
import { cancellationReasons } from './cancellation';
import {
  NEGATIVE_LIST_REVIEWS_PK,
  negativeListCount,
  negativeListKey,
  negativeListReviewKey,
} from './keys';

export class DynamoNegativeListStore implements NegativeListStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async summary(): Promise<NegativeListSummary> {
    const { Item: item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: negativeListKey() }),
    );
    const counts: NegativeListSummary['counts'] = {};
    for (const ground of WITHHOLDING_GROUNDS) {
      const count = item?.[negativeListCount(ground)];
      if (typeof count === 'number') counts[ground] = count;
    }
    const lastReviewedOn = item?.lastReviewedOn as string | undefined;
    return { counts, ...(lastReviewedOn && { lastReviewedOn }) };
  }

  async recordReview(review: NegativeListReviewView, audit: AuditEntry): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: negativeListKey(),
                UpdateExpression: 'SET lastReviewedOn = :on',
                ConditionExpression:
                  'attribute_not_exists(lastReviewedOn) OR lastReviewedOn <= :on',
                ExpressionAttributeValues: { ':on': review.reviewedOn },
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { ...review, ...negativeListReviewKey(review.reviewedOn, review.id) },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            auditPut(this.tableName, audit),
          ],
        }),
      );
    } catch (error) {
      if (cancellationReasons(error)[0]?.Code === 'ConditionalCheckFailed')
        throw new EarlierReviewError();
      throw error;
    }
  }

  async reviews(limit: number): Promise<NegativeListReviewView[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': NEGATIVE_LIST_REVIEWS_PK },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(({ pk, sk, ...review }) => review as NegativeListReviewView);
  }
}
