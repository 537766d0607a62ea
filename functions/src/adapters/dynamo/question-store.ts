import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '../../ports/audit-log';
import { RateLimitError, type QuestionStore, type StoredQuestion } from '../../ports/question-store';
import { StaleWriteError } from '../../ports/stale-write';
import { auditPut } from './audit-log';
import { ASKER_PREFIX, askerKey, askerPk, QUESTION_QUEUE_PK, questionKey, queueKey, rateKey, submissionKey } from './keys';

/** The asker's copy holds no contact: their list never carries it, even back to themselves. */
const askerCopy = ({ contact, ...question }: StoredQuestion) => question;
const strip = (item: Record<string, unknown>) => {
  const { pk, sk, ...rest } = item;
  return rest as unknown as StoredQuestion;
};

export class DynamoQuestionStore implements QuestionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async ask(question: StoredQuestion, clientKey: string, limitPerHour: number): Promise<{ created: true } | { existing: string }> {
    const hour = question.askedAt.slice(0, 13);
    const submission = submissionKey(question.askerId, clientKey);
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: { ...submission, questionId: question.id, at: question.askedAt }, ConditionExpression: 'attribute_not_exists(pk)' } },
            {
              Update: {
                TableName: this.tableName,
                Key: rateKey(question.askerId, hour),
                // Kept a day for the record; DynamoDB's TTL may remove it after (expiresAt).
                UpdateExpression: 'ADD #n :one SET expiresAt = :expires',
                ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
                ExpressionAttributeNames: { '#n': 'count' },
                ExpressionAttributeValues: { ':one': 1, ':limit': limitPerHour, ':expires': Math.floor(Date.parse(question.askedAt) / 1000) + 86_400 },
              },
            },
            { Put: { TableName: this.tableName, Item: { ...question, ...questionKey(question.id) }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName: this.tableName, Item: { ...askerCopy(question), ...askerKey(question.askerId, question.askedAt, question.id) } } },
            // The queue holds the whole question (staff read the queue in one Query, contact included).
            { Put: { TableName: this.tableName, Item: { ...question, ...queueKey(question.dueAt, question.id) } } },
          ],
        }),
      );
      return { created: true };
    } catch (error) {
      const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') {
        const first = await this.client.send(new GetCommand({ TableName: this.tableName, Key: submission, ConsistentRead: true }));
        return { existing: String(first.Item?.questionId) };
      }
      // Concurrent copies of one submission collide on the key while the first commits: the same answer.
      if (reasons[0]?.Code === 'TransactionConflict') {
        const first = await this.client.send(new GetCommand({ TableName: this.tableName, Key: submission, ConsistentRead: true }));
        if (first.Item) return { existing: String(first.Item.questionId) };
      }
      if (reasons[1]?.Code === 'ConditionalCheckFailed') throw new RateLimitError();
      throw error;
    }
  }

  async get(id: string): Promise<StoredQuestion | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: questionKey(id) }));
    return result.Item ? strip(result.Item) : undefined;
  }

  async listMine(askerId: string, limit: number): Promise<StoredQuestion[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': askerPk(askerId), ':prefix': ASKER_PREFIX },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(strip);
  }

  async listOpen(limit: number): Promise<StoredQuestion[]> {
    const queue = await this.client.send(new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': QUESTION_QUEUE_PK }, Limit: limit }));
    return (queue.Items ?? []).map(strip);
  }

  async answer(question: StoredQuestion, audit: AuditEntry): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: { ...question, ...questionKey(question.id) }, ConditionExpression: '#status <> :answered', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':answered': 'answered' } } },
            { Put: { TableName: this.tableName, Item: { ...askerCopy(question), ...askerKey(question.askerId, question.askedAt, question.id) } } },
            { Delete: { TableName: this.tableName, Key: queueKey(question.dueAt, question.id) } },
            auditPut(this.tableName, audit),
          ],
        }),
      );
    } catch (error) {
      const reasons = error instanceof TransactionCanceledException ? (error.CancellationReasons ?? []) : [];
      if (reasons[0]?.Code === 'ConditionalCheckFailed') throw new StaleWriteError();
      throw error;
    }
  }
}
