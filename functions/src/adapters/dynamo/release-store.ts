import { randomUUID } from 'node:crypto';
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { RETENTION } from '@sunshine/shared';
import type {
  Claim,
  ClaimState,
  FanOutLease,
  Release,
  ReleaseStore,
  SendJob,
  SendOutcomeState,
} from '../../ports/release-store';
import {
  parkedSendKey,
  parkedSendsPk,
  PENDING_RELEASES_PK,
  pendingReleaseKey,
  releaseKey,
  RELEASES_PK,
  sendClaimKey,
  sendClaimsPk,
} from './keys';
import { backOff, cancellationReasons } from './cancellation';

const strip = (item: Record<string, unknown>) => {
  const { pk, sk, ...rest } = item;
  return rest as unknown as Release;
};
/** The Put items a publish adds to its transaction: the release and its pending entry. */
export function releasePuts(tableName: string, release: Release) {
  return [
    {
      Put: {
        TableName: tableName,
        Item: { ...release, ...releaseKey(release.id) },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    },
    {
      Put: {
        TableName: tableName,
        Item: { ...pendingReleaseKey(release.id, release.urgent), id: release.id },
      },
    },
  ];
}

/** When DynamoDB's TTL deletes a send claim or a parked send (epoch seconds): see RETENTION.sendClaims. */
const claimExpiry = () => Math.floor(Date.now() / 1000) + RETENTION.sendClaims.days * 86_400;

/** Turns a transaction that meets others on the release's item takes before its error goes up. */
const CONFLICT_ATTEMPTS = 8;

const COUNTER: Record<SendOutcomeState, string> = {
  sent: 'sent',
  refused: 'refused',
  failed: 'failed',
  unknown: 'unknown',
};

export class DynamoReleaseStore implements ReleaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async pending(limit: number): Promise<Release[]> {
    const entries = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': PENDING_RELEASES_PK },
        Limit: limit,
      }),
    );
    const releases = await Promise.all(
      (entries.Items ?? []).map((entry) => this.get(String(entry.id))),
    );
    return releases.filter((release): release is Release => release !== undefined);
  }

  async get(id: string): Promise<Release | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: releaseKey(id), ConsistentRead: true }),
    );
    return result.Item ? strip(result.Item) : undefined;
  }

  async recent(limit: number): Promise<Release[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': RELEASES_PK },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(strip);
  }

  /** Pattern 82a: take the release's fan-out if nobody holds it (or their hold ran out); the release as it is now. */
  async lease(
    id: string,
    now: Date,
    until: Date,
  ): Promise<{ lease: FanOutLease; release: Release } | undefined> {
    const holder = randomUUID();
    try {
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: releaseKey(id),
          UpdateExpression: 'SET leaseHolder = :holder, leaseUntil = :until',
          ConditionExpression:
            'attribute_exists(pk) AND (attribute_not_exists(leaseUntil) OR leaseUntil <= :now)',
          ExpressionAttributeValues: {
            ':holder': holder,
            ':until': until.toISOString(),
            ':now': now.toISOString(),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { lease: { releaseId: id, holder }, release: strip(result.Attributes!) };
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
  }

  /** Pattern 82c: only one's own hold. */
  async unlease(lease: FanOutLease): Promise<void> {
    await this.client
      .send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: releaseKey(lease.releaseId),
          UpdateExpression: 'REMOVE leaseHolder, leaseUntil',
          ConditionExpression: 'leaseHolder = :holder',
          ExpressionAttributeValues: { ':holder': lease.holder },
        }),
      )
      .catch((error) => {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      });
  }

  /** Pattern 82b: the position moves only under its holder's lease, renewed. */
  async advance(
    lease: FanOutLease,
    fanOut: Release['fanOut'],
    queued: number,
    until: Date,
  ): Promise<boolean> {
    const release = await this.get(lease.releaseId);
    if (!release) return false;
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.tableName,
                Key: releaseKey(lease.releaseId),
                UpdateExpression:
                  'SET fanOut = :fanOut, leaseUntil = :until ADD counts.queued :queued',
                ConditionExpression: 'leaseHolder = :holder',
                ExpressionAttributeValues: {
                  ':fanOut': fanOut,
                  ':queued': queued,
                  ':until': until.toISOString(),
                  ':holder': lease.holder,
                },
              },
            },
            // Fanned out: the release leaves the pending list, unless paused (its parked sends wait there).
            ...(fanOut.done && !release.pausedUntil
              ? [
                  {
                    Delete: {
                      TableName: this.tableName,
                      Key: pendingReleaseKey(lease.releaseId, release.urgent),
                    },
                  },
                ]
              : []),
          ],
        }),
      );
      return true;
    } catch (error) {
      if (cancellationReasons(error)[0]?.Code === 'ConditionalCheckFailed') return false;
      throw error;
    }
  }

  async pause(id: string, until: string): Promise<void> {
    const release = await this.get(id);
    if (!release) return;
    await this.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: this.tableName,
              Key: releaseKey(id),
              UpdateExpression: 'SET pausedUntil = :until',
              ExpressionAttributeValues: { ':until': until },
            },
          },
          // Back on the pending list, so the fan-out picks its parked sends up once the pause ends.
          {
            Put: {
              TableName: this.tableName,
              Item: { ...pendingReleaseKey(id, release.urgent), id },
            },
          },
        ],
      }),
    );
  }

  async resume(id: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: releaseKey(id),
        UpdateExpression: 'REMOVE pausedUntil',
      }),
    );
  }

  async unstop(id: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: releaseKey(id),
        UpdateExpression: 'REMOVE stoppedBy',
      }),
    );
  }

  async stop(id: string, errcode: number): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: releaseKey(id),
        UpdateExpression: 'SET stoppedBy = :errcode',
        ExpressionAttributeValues: { ':errcode': errcode },
      }),
    );
  }

  /** Pattern 83. */
  async claim(job: SendJob, deliveryId: string): Promise<Claim> {
    try {
      await this.transact([
        {
          Put: {
            TableName: this.tableName,
            Item: {
              ...sendClaimKey(job.releaseId, job.userId),
              state: 'claimed',
              openid: job.openid,
              by: deliveryId,
              expiresAt: claimExpiry(),
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Update: {
            TableName: this.tableName,
            Key: releaseKey(job.releaseId),
            UpdateExpression: 'ADD counts.targeted :one',
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
      ]);
      return { kind: 'won' };
    } catch (error) {
      // Only a claim that exists is an answer; anything else (turns run out) is thrown, and the message comes again.
      if (cancellationReasons(error)[0]?.Code !== 'ConditionalCheckFailed') throw error;
      const existing = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: sendClaimKey(job.releaseId, job.userId),
          ConsistentRead: true,
        }),
      );
      if (!existing.Item) throw error; // given back in between: the redelivery claims it
      const state = existing.Item.state as ClaimState;
      return state === 'claimed' && existing.Item.by === deliveryId
        ? { kind: 'mine' }
        : { kind: 'held', state };
    }
  }

  /**
   * A claim, an end or a give-back, with the release's counters in the same transaction: exact
   * counts, but every send of a release writes its one item, and transactions that meet on an item
   * cancel each other (TransactionConflict), a claim still committing included. They take turns, up
   * to CONFLICT_ATTEMPTS, before the error goes up (the message is then delivered again).
   */
  private async transact(
    TransactItems: NonNullable<TransactWriteCommandInput['TransactItems']>,
  ): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(new TransactWriteCommand({ TransactItems }));
        return;
      } catch (error) {
        const reasons = cancellationReasons(error);
        const conflictOnly =
          reasons.some((reason) => reason.Code === 'TransactionConflict') &&
          reasons.every(
            (reason) => reason.Code === 'TransactionConflict' || reason.Code === 'None',
          );
        if (!conflictOnly || attempt >= CONFLICT_ATTEMPTS) throw error;
        await backOff(attempt, 25);
      }
    }
  }

  /** Pattern 84. */
  async finish(job: SendJob, deliveryId: string, outcome: SendOutcomeState): Promise<boolean> {
    try {
      await this.transact([
        {
          Update: {
            TableName: this.tableName,
            Key: sendClaimKey(job.releaseId, job.userId),
            // Only a failed send keeps the openid: a staff retry sends it again.
            UpdateExpression:
              outcome === 'failed'
                ? 'SET #state = :outcome'
                : 'SET #state = :outcome REMOVE openid',
            ConditionExpression: '#state = :claimed AND #by = :me',
            ExpressionAttributeNames: { '#state': 'state', '#by': 'by' },
            ExpressionAttributeValues: {
              ':outcome': outcome,
              ':claimed': 'claimed',
              ':me': deliveryId,
            },
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
      ]);
      return true;
    } catch (error) {
      // Already ended by an earlier delivery of the same message: counted once.
      if (cancellationReasons(error)[0]?.Code !== 'ConditionalCheckFailed') throw error;
      return false;
    }
  }

  /** Pattern 85: only this delivery's own claim, still in progress. */
  async unclaim(job: SendJob, deliveryId: string): Promise<void> {
    await this.transact([
      {
        Delete: {
          TableName: this.tableName,
          Key: sendClaimKey(job.releaseId, job.userId),
          ConditionExpression: '#state = :claimed AND #by = :me',
          ExpressionAttributeNames: { '#state': 'state', '#by': 'by' },
          ExpressionAttributeValues: { ':claimed': 'claimed', ':me': deliveryId },
        },
      },
      // Targeted again when the redelivery claims it.
      {
        Update: {
          TableName: this.tableName,
          Key: releaseKey(job.releaseId),
          UpdateExpression: 'ADD counts.targeted :minus',
          ExpressionAttributeValues: { ':minus': -1 },
        },
      },
    ]).catch((error) => {
      // Not ours to give back (another delivery's, or already ended): leave it.
      if (cancellationReasons(error)[0]?.Code !== 'ConditionalCheckFailed') throw error;
    });
  }

  async park(job: SendJob, deliveryId: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          ...parkedSendKey(job.releaseId, job.userId),
          openid: job.openid,
          expiresAt: claimExpiry(),
        },
      }),
    );
    await this.unclaim(job, deliveryId);
  }

  async takeParked(id: string, limit: number): Promise<SendJob[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': parkedSendsPk(id) },
        Limit: limit,
      }),
    );
    const jobs = (result.Items ?? []).map((item) => ({
      releaseId: id,
      userId: String(item.sk),
      openid: String(item.openid),
    }));
    for (const job of jobs)
      await this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: parkedSendKey(id, job.userId) }),
      );
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
              {
                Delete: {
                  TableName: this.tableName,
                  Key: sendClaimKey(id, job.userId),
                  ConditionExpression: '#state = :failed',
                  ExpressionAttributeNames: { '#state': 'state' },
                  ExpressionAttributeValues: { ':failed': 'failed' },
                },
              },
              {
                Update: {
                  TableName: this.tableName,
                  Key: releaseKey(id),
                  UpdateExpression: 'ADD counts.failed :minus, counts.targeted :minus',
                  ExpressionAttributeValues: { ':minus': -1 },
                },
              },
            ],
          }),
        );
        jobs.push(job);
      } catch (error) {
        if (
          !(error instanceof TransactionCanceledException) &&
          !(error instanceof ConditionalCheckFailedException)
        )
          throw error;
      }
    }
    return jobs;
  }

  async putOnce(release: Release): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(
          new TransactWriteCommand({ TransactItems: releasePuts(this.tableName, release) }),
        );
        return true;
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons[0]?.Code === 'ConditionalCheckFailed') return false;
        // Two runs making it at the same moment: the loser tries again and finds it made.
        const conflict = reasons.some((reason) => reason.Code === 'TransactionConflict');
        if (!conflict || attempt === CONFLICT_ATTEMPTS) throw error;
        await backOff(attempt);
      }
    }
  }
}
