import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { CreditLedger, TemplateIds } from '../../ports/notification-ports';
import { creditKey } from './keys';

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
