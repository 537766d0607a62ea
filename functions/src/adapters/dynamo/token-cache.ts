import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { CachedToken, SharedTokenCache } from '../../ports/token-cache';
import { wechatTokenKey } from './keys';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The access_token item (`CONFIG` / `WECHAT_TOKEN`): `token`, `expiresAt`, and while someone
 * refreshes it `leaseHolder` and `leaseUntil`. Times are ISO strings (they compare as strings);
 * the lease expires by itself, so a function that died holding it blocks others only briefly.
 */
export class DynamoTokenCache implements SharedTokenCache {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async read(now: number) {
    // Consistent: a waiter must see the token the lease holder has just stored.
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: wechatTokenKey(), ConsistentRead: true }),
    );
    const cached =
      typeof Item?.token === 'string' && typeof Item.expiresAt === 'string'
        ? { token: Item.token, expiresAt: Date.parse(Item.expiresAt) }
        : undefined;
    const leased = typeof Item?.leaseUntil === 'string' && Item.leaseUntil > iso(now);
    return { cached, leased };
  }

  async takeLease(holder: string, now: number, leaseMs: number) {
    return this.conditional({
      UpdateExpression: 'SET leaseHolder = :holder, leaseUntil = :until',
      ConditionExpression: 'attribute_not_exists(leaseUntil) OR leaseUntil <= :now',
      ExpressionAttributeValues: {
        ':holder': holder,
        ':until': iso(now + leaseMs),
        ':now': iso(now),
      },
    });
  }

  async store(holder: string, { token, expiresAt }: CachedToken) {
    const values = { ':token': token, ':expiresAt': iso(expiresAt) };
    const stored = await this.conditional({
      UpdateExpression:
        'SET #token = :token, expiresAt = :expiresAt REMOVE leaseHolder, leaseUntil',
      ConditionExpression: 'leaseHolder = :holder',
      ExpressionAttributeNames: { '#token': 'token' },
      ExpressionAttributeValues: { ...values, ':holder': holder },
    });
    if (stored) return;
    // The lease ran out and passed to another function: still share our token unless a later one is there.
    await this.conditional({
      UpdateExpression: 'SET #token = :token, expiresAt = :expiresAt',
      ConditionExpression: 'attribute_not_exists(expiresAt) OR expiresAt < :expiresAt',
      ExpressionAttributeNames: { '#token': 'token' },
      ExpressionAttributeValues: values,
    });
  }

  async releaseLease(holder: string) {
    await this.conditional({
      UpdateExpression: 'REMOVE leaseHolder, leaseUntil',
      ConditionExpression: 'leaseHolder = :holder',
      ExpressionAttributeValues: { ':holder': holder },
    });
  }

  async drop(rejected: string) {
    await this.conditional({
      UpdateExpression: 'REMOVE #token, expiresAt',
      ConditionExpression: '#token = :rejected',
      ExpressionAttributeNames: { '#token': 'token' },
      ExpressionAttributeValues: { ':rejected': rejected },
    });
  }

  /** One Update of the token item; false when its condition did not hold. */
  private async conditional(
    input: Omit<UpdateCommandInput, 'TableName' | 'Key'>,
  ): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({ TableName: this.tableName, Key: wechatTokenKey(), ...input }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
