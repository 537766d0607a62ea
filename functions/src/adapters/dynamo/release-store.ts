import { randomUUID } from 'node:crypto';
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  type BatchGetCommandOutput,
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
  Attempt,
  Claim,
  ClaimState,
  FanOutLease,
  Release,
  ReleaseStore,
  SendEnd,
  SendJob,
  SendOutcomeState,
} from '../../ports/release-store';
import {
  parkedSendKey,
  parkedSendsPk,
  PENDING_RELEASES_PK,
  pendingReleaseKey,
  RELEASE_COUNTER_SHARDS,
  releaseCounterKey,
  releaseKey,
  releaseOfCounter,
  RELEASES_PK,
  releaseWithCountersRange,
  sendClaimKey,
  sendClaimsPk,
} from './keys';
import { backOff, cancellationReasons } from './cancellation';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type Counts = Release['counts'];
/** The counts the worker keeps on the counter shards (the fan-out's `queued` stays on the release). */
type Tally = Partial<Record<'targeted' | SendOutcomeState, number>>;
/** Top-level numbers on a shard, so ADD creates the shard and the counter at once. */
const SHARD_COUNTERS = ['targeted', 'sent', 'refused', 'failed', 'unknown'] as const;

/**
 * A release as stored: its own item (`counts` there: what the fan-out queued, and any counted
 * before the counters were sharded) with its counter shards' counts added.
 */
const withCounts = (item: Record<string, unknown>, shards: Array<Record<string, unknown>> = []) => {
  const { pk, sk, ...rest } = item;
  const release = rest as unknown as Release;
  const counts = { ...release.counts } as Record<string, number>;
  for (const shard of shards)
    for (const name of SHARD_COUNTERS)
      counts[name] = (counts[name] ?? 0) + Number(shard[name] ?? 0);
  return { ...release, counts: counts as unknown as Counts };
};

/** Transaction actions per chunk: a transaction takes 100, and each release touched adds its shard. */
const CHUNK = 64;
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) =>
    items.slice(i * CHUNK, (i + 1) * CHUNK),
  );
const randomShard = () => Math.floor(Math.random() * RELEASE_COUNTER_SHARDS);
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

/** A claim's item key as one string, to match BatchGetItem's answers (which come in any order). */
const claimId = (job: SendJob) => {
  const { pk, sk } = sendClaimKey(job.releaseId, job.userId);
  return `${pk}\u0000${sk}`;
};

/** What an existing claim means to this delivery: its own in progress (mine), or held. */
const answer = ({ deliveryId }: Attempt, claim: { state?: string; by?: string }): Claim =>
  claim.state === 'claimed' && claim.by === deliveryId
    ? { kind: 'mine' }
    : { kind: 'held', state: claim.state as ClaimState };

/** Adds `by` to one count of a release in a tally. */
function addTo(tally: Map<string, Tally>, releaseId: string, name: keyof Tally, by = 1) {
  const counts = tally.get(releaseId) ?? {};
  counts[name] = (counts[name] ?? 0) + by;
  tally.set(releaseId, counts);
}

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

  /** Pattern 178: the release and its counter shards, one consistent Query. */
  async get(id: string): Promise<Release | undefined> {
    const { from, to } = releaseWithCountersRange(id);
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': RELEASES_PK, ':from': from, ':to': to },
        ConsistentRead: true,
      }),
    );
    const [item, ...shards] = result.Items ?? [];
    return item && item.sk === id ? withCounts(item, shards) : undefined;
  }

  /**
   * Patterns 88 and 178: newest first, a release's shards (which sort after it, so come before it
   * here) summed into it. Room for every shard of each: a release cut off reads none of its shards.
   */
  async recent(limit: number): Promise<Release[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': RELEASES_PK },
        ScanIndexForward: false,
        Limit: limit * (RELEASE_COUNTER_SHARDS + 1),
      }),
    );
    const shards = new Map<string, Array<Record<string, unknown>>>();
    const releases: Release[] = [];
    for (const item of result.Items ?? []) {
      const of = releaseOfCounter(String(item.sk));
      if (of) shards.set(of, [...(shards.get(of) ?? []), item]);
      else if (releases.length < limit)
        releases.push(withCounts(item, shards.get(String(item.sk))));
    }
    return releases;
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
      // The release's own item: the fan-out needs its position, not its sends' counts (on the shards).
      return { lease: { releaseId: id, holder }, release: withCounts(result.Attributes!) };
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

  /** Pattern 83: pattern 179 for one send. */
  async claim(job: SendJob, deliveryId: string): Promise<Claim> {
    return (await this.claimAll([{ job, deliveryId }]))[0]!;
  }

  /**
   * Pattern 179: one transaction puts every claim, the release's `targeted` on one counter shard.
   * A claim that exists cancels it; its reason carries the claim found (ALL_OLD), which answers
   * mine or held, and the rest go again. A claim still committing elsewhere cancels it with
   * TransactionConflict: the rest go again after a random pause, up to CONFLICT_ATTEMPTS turns.
   */
  async claimAll(attempts: Attempt[]): Promise<Claim[]> {
    const claims = new Map<number, Claim>();
    // Claims that exist already (the person's other topics, a redelivery) answered from one read:
    // a transaction they cancelled would be billed whole and tried again.
    const found = await this.claimsFound(attempts);
    let pending: number[] = [];
    for (const [index, attempt] of attempts.entries()) {
      const claim = found.get(claimId(attempt.job));
      if (claim) claims.set(index, answer(attempt, claim));
      else pending.push(index);
    }
    for (let turn = 1; pending.length; turn++) {
      let conflicted = false;
      const next: number[] = [];
      for (const chunk of chunks(pending)) {
        const tally = new Map<string, Tally>();
        for (const index of chunk) addTo(tally, attempts[index]!.job.releaseId, 'targeted');
        try {
          await this.client.send(
            new TransactWriteCommand({
              TransactItems: [
                ...chunk.map((index) => this.claimPut(attempts[index]!)),
                ...this.counting(tally),
              ],
            }),
          );
          for (const index of chunk) claims.set(index, { kind: 'won' });
        } catch (error) {
          const reasons = cancellationReasons(error);
          if (!reasons.length) throw error;
          for (const [position, index] of chunk.entries()) {
            const reason = reasons[position];
            const found =
              reason?.Code === 'ConditionalCheckFailed'
                ? await this.claimFound(attempts[index]!, reason.Item)
                : undefined;
            if (found) claims.set(index, found);
            else next.push(index); // not decided by this turn (or given back in between): again
          }
          conflicted ||= reasons.some((reason) => reason.Code === 'TransactionConflict');
        }
      }
      pending = next;
      if (pending.length && turn >= CONFLICT_ATTEMPTS)
        throw new Error(`claims still meeting other writes after ${turn} turns`);
      if (pending.length && conflicted) await backOff(turn, 25);
    }
    return attempts.map((_, index) => claims.get(index)!);
  }

  private claimPut({ job, deliveryId }: Attempt): TransactItem {
    return {
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
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    };
  }

  /** Pattern 179: the batch's existing claims, one consistent BatchGetItem (per 100). */
  private async claimsFound(attempts: Attempt[]) {
    const found = new Map<string, { state?: string; by?: string }>();
    for (let start = 0; start < attempts.length; start += 100) {
      let keys: Array<Record<string, unknown>> | undefined = attempts
        .slice(start, start + 100)
        .map(({ job }) => sendClaimKey(job.releaseId, job.userId));
      for (let turn = 1; keys?.length; turn++) {
        if (turn > CONFLICT_ATTEMPTS) throw new Error('claims left unread by BatchGetItem');
        const result: BatchGetCommandOutput = await this.client.send(
          new BatchGetCommand({
            RequestItems: {
              [this.tableName]: {
                Keys: keys,
                ConsistentRead: true,
                ProjectionExpression: 'pk, sk, #state, #by',
                ExpressionAttributeNames: { '#state': 'state', '#by': 'by' },
              },
            },
          }),
        );
        for (const item of result.Responses?.[this.tableName] ?? [])
          found.set(`${String(item.pk)}\u0000${String(item.sk)}`, {
            state: item.state as string,
            by: item.by as string,
          });
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys;
        if (keys?.length) await backOff(turn);
      }
    }
    return found;
  }

  /**
   * What a claim that cancelled the transaction found: from the cancellation's old item (raw
   * attribute values: the document client does not translate errors), or read if it carried none.
   * Undefined when the claim is gone (given back in between): the next turn claims it.
   */
  private async claimFound(
    { job, deliveryId }: Attempt,
    old: Record<string, { S?: string }> | undefined,
  ): Promise<Claim | undefined> {
    let state = old?.state?.S as ClaimState | undefined;
    let by = old?.by?.S;
    if (!state) {
      const existing = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: sendClaimKey(job.releaseId, job.userId),
          ConsistentRead: true,
        }),
      );
      if (!existing.Item) return undefined;
      state = existing.Item.state as ClaimState;
      by = existing.Item.by as string;
    }
    return answer({ job, deliveryId }, { state, by });
  }

  /** One counter shard per release, chosen at random, ADDing the tally (pattern 178). */
  private counting(tally: Map<string, Tally>): TransactItem[] {
    return [...tally].map(([releaseId, counts]) => {
      const names = Object.keys(counts) as Array<keyof Tally>;
      return {
        Update: {
          TableName: this.tableName,
          Key: releaseCounterKey(releaseId, randomShard()),
          // Names, not literals: some counters (unknown…) are DynamoDB reserved words.
          UpdateExpression: `ADD ${names.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(names.map((name, i) => [`#c${i}`, name])),
          ExpressionAttributeValues: Object.fromEntries(
            names.map((name, i) => [`:c${i}`, counts[name]]),
          ),
        },
      };
    });
  }

  /** Pattern 84: pattern 180 for one end. */
  async finish(job: SendJob, deliveryId: string, outcome: SendOutcomeState): Promise<boolean> {
    return (await this.settle([{ job, deliveryId, outcome }], []))[0]!;
  }

  /** Pattern 85: pattern 180 for one give-back (only this delivery's own claim, still in progress). */
  async unclaim(job: SendJob, deliveryId: string): Promise<void> {
    await this.settle([], [{ job, deliveryId }]);
  }

  /**
   * Pattern 180: every end and give-back of a batch in one transaction, each conditioned on the
   * claim being this delivery's and still in progress, with their counts on one counter shard. A
   * condition that fails (another delivery of the same message recorded `unknown` meanwhile, or
   * the claim is not ours to give back) cancels it: that send leaves the batch, uncounted here
   * (its recorder counted it), and the rest go again, so each send is ended and counted once.
   */
  async settle(ends: SendEnd[], givenBack: Attempt[]): Promise<boolean[]> {
    type Action = { end?: number; attempt: Attempt };
    const ended = ends.map(() => false);
    let pending: Action[] = [
      ...ends.map((end, index) => ({ end: index, attempt: end })),
      ...givenBack.map((attempt) => ({ attempt })),
    ];
    for (let turn = 1; pending.length; turn++) {
      let conflicted = false;
      const next: Action[] = [];
      for (const chunk of chunks(pending)) {
        const tally = new Map<string, Tally>();
        for (const { end, attempt } of chunk)
          addTo(
            tally,
            attempt.job.releaseId,
            end === undefined ? 'targeted' : ends[end]!.outcome,
            end === undefined ? -1 : 1,
          );
        try {
          await this.client.send(
            new TransactWriteCommand({
              TransactItems: [
                ...chunk.map(({ end, attempt }) =>
                  end === undefined ? this.claimDelete(attempt) : this.claimEnd(ends[end]!),
                ),
                ...this.counting(tally),
              ],
            }),
          );
          for (const { end } of chunk) if (end !== undefined) ended[end] = true;
        } catch (error) {
          const reasons = cancellationReasons(error);
          if (!reasons.length) throw error;
          next.push(
            ...chunk.filter((_, position) => reasons[position]?.Code !== 'ConditionalCheckFailed'),
          );
          conflicted ||= reasons.some((reason) => reason.Code === 'TransactionConflict');
        }
      }
      pending = next;
      if (pending.length && turn >= CONFLICT_ATTEMPTS)
        throw new Error(`a settle still meeting other writes after ${turn} turns`);
      if (pending.length && conflicted) await backOff(turn, 25);
    }
    return ended;
  }

  private claimEnd({ job, deliveryId, outcome }: SendEnd): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: sendClaimKey(job.releaseId, job.userId),
        // Only a failed send keeps the openid: a staff retry sends it again.
        UpdateExpression:
          outcome === 'failed' ? 'SET #state = :outcome' : 'SET #state = :outcome REMOVE openid',
        ConditionExpression: '#state = :claimed AND #by = :me',
        ExpressionAttributeNames: { '#state': 'state', '#by': 'by' },
        ExpressionAttributeValues: {
          ':outcome': outcome,
          ':claimed': 'claimed',
          ':me': deliveryId,
        },
      },
    };
  }

  private claimDelete({ job, deliveryId }: Attempt): TransactItem {
    return {
      Delete: {
        TableName: this.tableName,
        Key: sendClaimKey(job.releaseId, job.userId),
        ConditionExpression: '#state = :claimed AND #by = :me',
        ExpressionAttributeNames: { '#state': 'state', '#by': 'by' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':me': deliveryId },
      },
    };
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
              ...this.counting(new Map([[id, { failed: -1, targeted: -1 }]])),
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
