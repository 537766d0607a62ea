import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { searchSnapshotKey } from './keys';

export interface SnapshotPointer {
  version: number;
  /** The version it replaced, whose object is still kept. */
  previous?: number;
}

const isConditionFailed = (error: unknown) =>
  (error as { name?: string }).name === 'ConditionalCheckFailedException';

/** The pointer to the newest search snapshot (`CONFIG` / `SEARCH_SNAPSHOT`, patterns 183 and 184). */
export class DynamoSearchSnapshotPointer {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Pattern 183. A cold start reads it eventually consistent (an older snapshot is still right, only
   * caught up further); the writer strongly.
   */
  async read(consistent = false): Promise<SnapshotPointer | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: searchSnapshotKey(),
        ...(consistent && { ConsistentRead: true }),
      }),
    );
    if (!Item) return undefined;
    return {
      version: Number(Item.version),
      ...(Item.previous !== undefined && { previous: Number(Item.previous) }),
    };
  }

  /**
   * Pattern 184: points at `version` if it is newer than the one pointed at, on the condition that
   * the pointer is still as read, so an older snapshot's writer, however late, never moves it back,
   * and the replaced pointer's `previous` is exactly the object no pointer names any more. Answers
   * the pointer it replaced (undefined: there was none), or false when a newer or equal one is there.
   */
  async move(version: number): Promise<SnapshotPointer | false | undefined> {
    for (;;) {
      const current = await this.read(true);
      if (current && current.version >= version) return false;
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.tableName,
            Item: {
              ...searchSnapshotKey(),
              version,
              ...(current && { previous: current.version }),
            },
            ConditionExpression: current ? 'version = :read' : 'attribute_not_exists(pk)',
            ExpressionAttributeValues: current ? { ':read': current.version } : undefined,
          }),
        );
        return current;
      } catch (error) {
        if (!isConditionFailed(error)) throw error; // moved meanwhile: read it again
      }
    }
  }
}
