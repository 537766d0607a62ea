import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { SubscribeResult, SubscriptionTopic } from '@sunshine/shared';
import type { Subscriber, SubscriberDirectory } from '../../ports/notification-ports';
import type {
  PersonSubscriptions,
  SubscriptionChange,
  SubscriptionStore,
} from '../../ports/subscription-store';
import { InvalidCursorError } from '../../ports/content-store';
import {
  CREDIT_PREFIX,
  creditKey,
  decodeSubscriberCursor,
  encodeSubscriberCursor,
  SUBSCRIBE_RESULT_PREFIX,
  subscribeResultKey,
  SUBSCRIBED_TOPIC_PREFIX,
  subscribedTopicKey,
  subscribeSubmissionKey,
  subscriberPk,
  topicSubscriberKey,
  topicSubscribersPk,
} from './keys';
import { backOff } from './cancellation';
import type { TransactWriteItem } from './submission-guard';

/**
 * Concurrent subscriptions of one person touch the same credit counter, and DynamoDB cancels all
 * but one of the transactions that meet on an item (TransactionConflict). A cancelled transaction
 * wrote nothing, so trying it again counts it once; the waits grow and are random so the retries
 * spread out. Ten phones' worth of concurrent accepts settle well within these attempts.
 */
const CONFLICT_ATTEMPTS = 12;
const conflicted = (error: unknown) =>
  error instanceof TransactionCanceledException &&
  (error.CancellationReasons ?? []).some((reason) => reason.Code === 'TransactionConflict');
const conditionFailed = (error: unknown) =>
  error instanceof TransactionCanceledException &&
  error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed';
/** A prompt's client key is kept a day: long enough for any retry, short enough not to pile up. */
const SUBMISSION_KEY_SECONDS = 86_400;
/** A page of subscribers holds at most this many: a topic's page is well under 1 MB (an item is ~100 bytes). */
const MAX_PAGE = 1000;

/** Who subscribed to what: the topics' partitions (the fan-out reads them) and each person's own. */
export class DynamoSubscriptionStore implements SubscriptionStore, SubscriberDirectory {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async record({
    userId,
    openid,
    at,
    results,
    credited,
    topics,
    clientKey,
  }: SubscriptionChange): Promise<void> {
    // A transaction may name an item once: one answer per template, each topic once.
    const answers = [...new Map(results.map((answer) => [answer.templateId, answer])).values()];
    const unique = <T>(list: T[]) => [...new Set(list)];
    const expiresAt = Math.floor(Date.parse(at) / 1000) + SUBMISSION_KEY_SECONDS;
    const items: TransactWriteItem[] = [
      // First, so a cancellation on it (index 0) means: this prompt's answers are already recorded.
      ...(clientKey
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...subscribeSubmissionKey(userId, clientKey), expiresAt },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
      ...answers.map(({ templateId, result }): TransactWriteItem => ({
        Put: {
          TableName: this.tableName,
          Item: { ...subscribeResultKey(userId, templateId), templateId, result, at },
        },
      })),
      ...unique(credited).map((templateId): TransactWriteItem => ({
        Update: {
          TableName: this.tableName,
          Key: creditKey(userId, templateId),
          UpdateExpression: 'SET templateId = :template ADD credits :one',
          ExpressionAttributeValues: { ':template': templateId, ':one': 1 },
        },
      })),
      ...unique(topics).flatMap((topic): TransactWriteItem[] => [
        // `since` stays the first subscription's time: subscribing again (for another credit) changes nothing else.
        {
          Update: {
            TableName: this.tableName,
            Key: subscribedTopicKey(userId, topic),
            UpdateExpression: 'SET topic = :topic, since = if_not_exists(since, :at)',
            ExpressionAttributeValues: { ':topic': topic, ':at': at },
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: topicSubscriberKey(topic, userId),
            UpdateExpression: `SET userId = :user, since = if_not_exists(since, :at)${openid ? ', openid = :openid' : ''}`,
            ExpressionAttributeValues: {
              ':user': userId,
              ':at': at,
              ...(openid ? { ':openid': openid } : {}),
            },
          },
        },
      ]),
    ];
    try {
      await this.transact(items);
    } catch (error) {
      if (clientKey && conditionFailed(error)) return; // a retry of a recorded request: nothing more to add
      throw error;
    }
  }

  async listMine(userId: string): Promise<PersonSubscriptions> {
    const mine: PersonSubscriptions = { topics: [], credits: {}, results: {} };
    let startKey: Record<string, unknown> | undefined;
    // One Query: a person's partition is a few dozen small items; the loop only guards against 1 MB.
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': subscriberPk(userId) },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) {
        const sk = String(item.sk);
        if (sk.startsWith(SUBSCRIBED_TOPIC_PREFIX))
          mine.topics.push({ topic: item.topic as SubscriptionTopic, since: String(item.since) });
        else if (sk.startsWith(CREDIT_PREFIX))
          mine.credits[String(item.templateId)] = Number(item.credits ?? 0);
        else if (sk.startsWith(SUBSCRIBE_RESULT_PREFIX))
          mine.results[String(item.templateId)] = {
            result: item.result as SubscribeResult,
            at: String(item.at),
          };
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return mine;
  }

  async cancel(userId: string, topic: SubscriptionTopic): Promise<boolean> {
    try {
      await this.transact([
        {
          Delete: {
            TableName: this.tableName,
            Key: subscribedTopicKey(userId, topic),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
        { Delete: { TableName: this.tableName, Key: topicSubscriberKey(topic, userId) } },
      ]);
      return true;
    } catch (error) {
      if (conditionFailed(error)) return false;
      throw error;
    }
  }

  /**
   * Pattern 70: one Query per page, in user-id order (ULIDs: the oldest accounts first). A person
   * is one item of the partition, so a topic re-subscribed while the fan-out pages it still
   * comes out once. A subscriber without an openid cannot be sent to and is left out.
   */
  async subscribers(
    topic: SubscriptionTopic,
    cursor: string | undefined,
    limit: number,
  ): Promise<{ items: Subscriber[]; nextCursor?: string }> {
    const after = cursor === undefined ? undefined : decodeSubscriberCursor(cursor);
    if (cursor !== undefined && after === undefined) throw new InvalidCursorError();
    const size = Math.max(1, Math.min(MAX_PAGE, Math.floor(limit)));
    // One more than asked: whether a next page exists is known now, so the last page is never empty.
    const page = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': topicSubscribersPk(topic) },
        ...(after !== undefined && { ExclusiveStartKey: topicSubscriberKey(topic, after) }),
        Limit: size + 1,
      }),
    );
    const items = (page.Items ?? []).slice(0, size);
    const more = (page.Items?.length ?? 0) > size;
    const last = items.at(-1);
    return {
      items: items
        .filter((item) => typeof item.openid === 'string' && item.openid !== '')
        .map((item) => ({ userId: String(item.userId), openid: String(item.openid) })),
      ...(more && last && { nextCursor: encodeSubscriberCursor(String(last.sk)) }),
    };
  }

  private async transact(items: TransactWriteItem[]) {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(new TransactWriteCommand({ TransactItems: items }));
        return;
      } catch (error) {
        if (!conflicted(error) || attempt >= CONFLICT_ATTEMPTS) throw error;
        await backOff(attempt, 25);
      }
    }
  }
}
