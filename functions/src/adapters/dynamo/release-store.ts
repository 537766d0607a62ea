import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClaimState, Release, ReleaseStore, SendJob } from '../../ports/release-store';
import { parkedSendKey, parkedSendsPk, PENDING_RELEASES_PK, pendingReleaseKey, releaseKey, RELEASES_PK, sendClaimKey, sendClaimsPk } from './keys';
import { cancellationReasons } from './cancellation';

const strip = (item: Record<string, unknown>) => {
  const { pk, sk, ...rest } = item;
  return rest as unknown as Release;
};
/** The Put items a publish adds to its transaction: the release and its pending entry. */
export function releasePuts(tableName: string, release: Release) {
  return [
    { Put: { TableName: tableName, Item: { ...release, ...releaseKey(release.id) }, ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName: tableName, Item: { ...pendingReleaseKey(release.id, release.urgent), id: release.id } } },
  ];
}

const COUNTER: Record<Exclude<ClaimState, 'claimed' | 'paused'>, string> = { sent: 'sent', refused: 'refused', failed: 'failed', unknown: 'unknown' };

export class DynamoReleaseStore implements ReleaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async pending(limit: number): Promise<Release[]> {
    const entries = await this.client.send(new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': PENDING_RELEASES_PK }, Limit: limit }));
    const releases = await Promise.all((entries.Items ?? []).map((entry) => this.get(String(entry.id))));
    return releases.filter((release): release is Release => release !== undefined);
  }

  async get(id: string): Promise<Release | undefined> {
    const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: releaseKey(id), ConsistentRead: true }));
    return result.Item ? strip(result.Item) : undefined;
  }

  async recent(limit: number): Promise<Release[]> {
    const result = await this.client.send(
      new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': RELEASES_PK }, ScanIndexForward: false, Limit: limit }),
    );
    return (result.Items ?? []).map(strip);
  }

  async advance(id: string, fanOut: Release['fanOut'], queued: number): Promise<void> {
    const release = await this.get(id);
    if (!release) return;
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: releaseKey(id),
              UpdateExpression: 'SET fanOut = :fanOut ADD counts.queued :queued',
              ExpressionAttributeValues: { ':fanOut': fanOut, ':queued': queued },
            },
          },
          // Fanned out: the release leaves the pending list, unless paused (its parked sends wait there).
          ...(fanOut.done && !release.pausedUntil ? [{ Delete: { TableName: this.tableName, Key: pendingReleaseKey(id, release.urgent) } }] : []),
        ],
      }),
    );
  }

  async pause(id: string, until: string): Promise<void> {
    const release = await this.get(id);
    if (!release) return;
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          { Update: { TableName: this.tableName, Key: releaseKey(id), UpdateExpression: 'SET pausedUntil = :until', ExpressionAttributeValues: { ':until': until } } },
          // Back on the pending list, so the fan-out picks its parked sends up once the pause ends.
          { Put: { TableName: this.tableName, Item: { ...pendingReleaseKey(id, release.urgent), id } } },
        ],
      }),
    );
  }

  async resume(id: string): Promise<void> {
    await this.client.send(new UpdateCommand({ TableName: this.tableName, Key: releaseKey(id), UpdateExpression: 'REMOVE pausedUntil' }));
  }

  async unstop(id: string): Promise<void> {
    await this.client.send(new UpdateCommand({ TableName: this.tableName, Key: releaseKey(id), UpdateExpression: 'REMOVE stoppedBy' }));
  }

  async stop(id: string, errcode: number): Promise<void> {
    await this.client.send(new UpdateCommand({ TableName: this.tableName, Key: releaseKey(id), UpdateExpression: 'SET stoppedBy = :errcode', ExpressionAttributeValues: { ':errcode': errcode } }));
  }

  async claim(job: SendJob, deliveryId: string): Promise<'claimed' | 'mine' | ClaimState> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: { ...sendClaimKey(job.releaseId, job.userId), state: 'claimed', openid: job.openid, by: deliveryId }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Update: { TableName: this.tableName, Key: releaseKey(job.releaseId), UpdateExpression: 'ADD counts.targeted :one', ExpressionAttributeValues: { ':one': 1 } } },
          ],
        }),
      );
      return 'claimed';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons[0]?.Code !== 'ConditionalCheckFailed' && reasons[0]?.Code !== 'TransactionConflict') throw error;
      const existing = await this.client.send(new GetCommand({ TableName: this.tableName, Key: sendClaimKey(job.releaseId, job.userId), ConsistentRead: true }));
      if (existing.Item?.state === 'claimed' && existing.Item.by === deliveryId) return 'mine';
      // A conflict with a claim still committing: someone else has it, so it is claimed.
      return (existing.Item?.state as ClaimState | undefined) ?? 'claimed';
    }
  }

  async finish(job: SendJob, outcome: Exclude<ClaimState, 'claimed' | 'paused'>): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: sendClaimKey(job.releaseId, job.userId),
                UpdateExpression: 'SET #state = :outcome',
                ConditionExpression: '#state = :claimed',
                ExpressionAttributeNames: { '#state': 'state' },
                ExpressionAttributeValues: { ':outcome': outcome, ':claimed': 'claimed' },
              },
            },
            {
              Update: {
                TableName: this.tableName,
                Key: releaseKey(job.releaseId),
                // Names, not literals: some counters (unknown…) are DynamoDB reserved words.
                UpdateExpression: 'ADD #counts.#outcome :one',
                ExpressionAttributeNames: { '#counts': 'counts', '#outcome': COUNTER[outcome] },
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      );
    } catch (error) {
      // Already finished by an earlier delivery of the same message: counted once.
      const reasons = cancellationReasons(error);
      if (reasons[0]?.Code !== 'ConditionalCheckFailed') throw error;
    }
  }

  async unclaim(job: SendJob): Promise<void> {
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Delete: {
              TableName: this.tableName,
              Key: sendClaimKey(job.releaseId, job.userId),
              ConditionExpression: '#state = :claimed',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: { ':claimed': 'claimed' },
            },
          },
          // Targeted again when the redelivery claims it.
          { Update: { TableName: this.tableName, Key: releaseKey(job.releaseId), UpdateExpression: 'ADD counts.targeted :minus', ExpressionAttributeValues: { ':minus': -1 } } },
        ],
      }),
    ).catch((error) => {
      if (!(error instanceof TransactionCanceledException)) throw error;
    });
  }

  async park(job: SendJob): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...parkedSendKey(job.releaseId, job.userId), openid: job.openid } }));
    await this.unclaim(job);
  }

  async takeParked(id: string, limit: number): Promise<SendJob[]> {
    const result = await this.client.send(new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': parkedSendsPk(id) }, Limit: limit }));
    const jobs = (result.Items ?? []).map((item) => ({ releaseId: id, userId: String(item.sk), openid: String(item.openid) }));
    for (const job of jobs) await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: parkedSendKey(id, job.userId) }));
    return jobs;
  }

  async takeFailed(id: string, limit: number): Promise<SendJob[]> {
    // Staff-initiated and rare: the claims of one release, filtered to the failed ones.
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        FilterExpression: '#state = :failed',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':pk': sendClaimsPk(id), ':failed': 'failed' },
      }),
    );
    const jobs: SendJob[] = [];
    for (const item of (result.Items ?? []).slice(0, limit)) {
      const job = { releaseId: id, userId: String(item.sk), openid: String(item.openid) };
      try {
        await this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              { Delete: { TableName: this.tableName, Key: sendClaimKey(id, job.userId), ConditionExpression: '#state = :failed', ExpressionAttributeNames: { '#state': 'state' }, ExpressionAttributeValues: { ':failed': 'failed' } } },
              { Update: { TableName: this.tableName, Key: releaseKey(id), UpdateExpression: 'ADD counts.failed :minus, counts.targeted :minus', ExpressionAttributeValues: { ':minus': -1 } } },
            ],
          }),
        );
        jobs.push(job);
      } catch (error) {
        if (!(error instanceof TransactionCanceledException) && !(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    return jobs;
  }
}
