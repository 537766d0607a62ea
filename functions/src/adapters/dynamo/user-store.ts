import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { UserRecord, UserStore } from '../../ports/user-store';
import { openidKey, userKey } from './keys';

export class DynamoUserStore implements UserStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async findByOpenid(openid: string): Promise<string | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: openidKey(openid) }),
    );
    return result.Item?.userId as string | undefined;
  }

  async create(user: UserRecord): Promise<string> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...openidKey(user.openid), userId: user.userId },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { ...userKey(user.userId), ...user },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ],
        }),
      );
      return user.userId;
    } catch (error) {
      // Two first sign-ins of one person raced: the other one created the user.
      const existing =
        error instanceof TransactionCanceledException
          ? await this.findByOpenid(user.openid)
          : undefined;
      if (existing) return existing;
      throw error;
    }
  }

  async get(userId: string): Promise<UserRecord | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: userKey(userId) }),
    );
    if (!result.Item) return undefined;
    const { pk, sk, ...user } = result.Item;
    return user as UserRecord;
  }
}
