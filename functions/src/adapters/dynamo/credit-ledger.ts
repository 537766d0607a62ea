import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { CreditLedger, CreditOf, TemplateIds } from '../../ports/notification-ports';
import { backOff, cancellationReasons } from './cancellation';
import { creditKey } from './keys';

/** BatchGetItem takes 100 keys, a transaction 100 actions. */
const BATCH_LIMIT = 100;
const ATTEMPTS = 8;
/** A credit's item key as one string, to match BatchGetItem's answers (which come in any order). */
const itemKey = (key: Record<string, unknown>) => `${String(key.pk)}\u0000${String(key.sk)}`;
const keyOf = ({ userId, templateId }: CreditOf) => itemKey(creditKey(userId, templateId));

/**
 * The one-time credits of each person and template (WeChat gives one send per accept), as the
 * sender consults and spends them. The counters are the items subscribing ADDs to (pattern 69);
 * templates configured long-term need none.
 */
export class DynamoCreditLedger implements CreditLedger {
  private readonly longTerm: ReadonlySet<string>;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    templates: TemplateIds,
  ) {
    this.longTerm = new Set(
      Object.values(templates)
        .filter((template) => template.longTerm)
        .map((template) => template.templateId),
    );
  }

  /** Pattern 73: a consistent read, as a send is decided on it. */
  async hasCredit(userId: string, templateId: string): Promise<boolean> {
    if (this.longTerm.has(templateId)) return true;
    const result = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: creditKey(userId, templateId),
        ConsistentRead: true,
      }),
    );
    return Number(result.Item?.credits ?? 0) > 0;
  }

  /**
   * Pattern 181: one consistent BatchGetItem for the batch (keys it leaves unprocessed asked
   * again): one request rather than one per send, which was most of the worker's requests.
   */
  async haveCredits(credits: CreditOf[]): Promise<boolean[]> {
    const wanted = new Map<string, CreditOf>();
    for (const credit of credits)
      if (!this.longTerm.has(credit.templateId)) wanted.set(keyOf(credit), credit);
    const left = new Map<string, number>();
    const keys = [...wanted.values()];
    for (let start = 0; start < keys.length; start += BATCH_LIMIT) {
      let pending: Array<Record<string, unknown>> | undefined = keys
        .slice(start, start + BATCH_LIMIT)
        .map((credit) => creditKey(credit.userId, credit.templateId));
      for (let attempt = 1; pending?.length; attempt++) {
        if (attempt > ATTEMPTS) throw new Error('credits left unread by BatchGetItem');
        const result: BatchGetCommandOutput = await this.client.send(
          new BatchGetCommand({
            RequestItems: { [this.tableName]: { Keys: pending, ConsistentRead: true } },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? [])
          left.set(itemKey(item), Number(item.credits ?? 0));
        pending = result.UnprocessedKeys?.[this.tableName]?.Keys;
        if (pending?.length) await backOff(attempt);
      }
    }
    return credits.map(
      (credit) => this.longTerm.has(credit.templateId) || (left.get(keyOf(credit)) ?? 0) > 0,
    );
  }

  /**
   * Pattern 182: the batch's credits in one transaction, k of a (person, template) in one ADD,
   * conditioned on k being left. Where fewer are left (WeChat accepted a send we had counted out,
   * or sends met on the last credit) the transaction is cancelled: those are used one at a time
   * (pattern 74, floor zero) and the rest tried again.
   */
  async useCredits(credits: CreditOf[]): Promise<void> {
    const spends = new Map<string, { credit: CreditOf; count: number }>();
    for (const credit of credits) {
      if (this.longTerm.has(credit.templateId)) continue;
      const spend = spends.get(keyOf(credit)) ?? { credit, count: 0 };
      spend.count++;
      spends.set(keyOf(credit), spend);
    }
    const all = [...spends.values()];
    const oneByOne: typeof all = [];
    for (let start = 0; start < all.length; start += BATCH_LIMIT) {
      let pending = all.slice(start, start + BATCH_LIMIT);
      for (let attempt = 1; pending.length; attempt++) {
        try {
          await this.client.send(
            new TransactWriteCommand({
              TransactItems: pending.map(({ credit, count }) => ({
                Update: {
                  TableName: this.tableName,
                  Key: creditKey(credit.userId, credit.templateId),
                  UpdateExpression: 'ADD credits :minus',
                  ConditionExpression: 'credits >= :count',
                  ExpressionAttributeValues: { ':minus': -count, ':count': count },
                },
              })),
            }),
          );
          break;
        } catch (error) {
          const reasons = cancellationReasons(error);
          if (!reasons.length || attempt >= ATTEMPTS) throw error;
          oneByOne.push(...pending.filter((_, i) => reasons[i]?.Code === 'ConditionalCheckFailed'));
          pending = pending.filter((_, i) => reasons[i]?.Code !== 'ConditionalCheckFailed');
          if (reasons.some((reason) => reason.Code === 'TransactionConflict'))
            await backOff(attempt);
        }
      }
    }
    for (const { credit, count } of oneByOne)
      for (let i = 0; i < count; i++) await this.useCredit(credit.userId, credit.templateId);
  }

  /** Pattern 74: one less, only while some are left, so concurrent sends never take it below zero. */
  async useCredit(userId: string, templateId: string): Promise<void> {
    if (this.longTerm.has(templateId)) return;
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: creditKey(userId, templateId),
          UpdateExpression: 'ADD credits :minusOne',
          ConditionExpression: 'credits > :zero',
          ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
        }),
      );
    } catch (error) {
      // Nothing left to use: WeChat accepted a send we had counted out (or two sends met on the
      // last credit); zero is the floor, and the count is not owed anything.
      if (error instanceof ConditionalCheckFailedException) return;
      throw error;
    }
  }

  /** Pattern 75: WeChat said 43101, whatever we counted: none left for this template. */
  async clearCredits(userId: string, templateId: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: creditKey(userId, templateId),
        UpdateExpression: 'SET credits = :zero, templateId = :template',
        ExpressionAttributeValues: { ':zero': 0, ':template': templateId },
      }),
    );
  }
}
