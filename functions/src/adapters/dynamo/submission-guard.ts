import { createHmac } from 'node:crypto';
import type { CancellationReason } from '@aws-sdk/client-dynamodb';
import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { RateLimitError, type SubmissionLimits, type SubmissionSource } from '../../ports/submission-guard';
import { addressRateKey, rateKey } from './keys';

export type TransactWriteItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A person's counter is kept a day for the record; an address's only as long as its hour needs. */
const PERSON_COUNTER_SECONDS = 86_400;
const ADDRESS_COUNTER_SECONDS = 2 * 3600;

/**
 * An IP address is personal data: only a keyed hash of it is written, in the key of a counter
 * DynamoDB's TTL deletes. Keyed (HMAC with a server secret), because a plain hash of an IPv4
 * address is undone by hashing all 2³² of them.
 */
export function addressHash(secret: string, ip: string): string {
  return createHmac('sha256', secret).update(ip).digest('hex').slice(0, 32);
}

/**
 * Counts one submission against the hour's limits, as items of the transaction that stores it:
 * the submission and its counts commit together or not at all, so a refused or failed one is
 * never counted and a counted one is never lost. Any submission (questions now, consultation
 * comments and disclosure applications later) adds `items()` to its transaction and asks
 * `refusal()` what a cancellation meant.
 */
export class SubmissionGuard {
  constructor(
    private readonly tableName: string,
    /** Asked only when an address is counted: a store that only reads needs no secret. */
    private readonly addressSecret: () => string,
  ) {}

  /** The counter updates, in this order: the person's, then the address's if known. */
  items(source: SubmissionSource, limits: SubmissionLimits, at: string): TransactWriteItem[] {
    const hour = at.slice(0, 13);
    const epoch = Math.floor(Date.parse(at) / 1000);
    const counter = (Key: { pk: string; sk: string }, limit: number, keepSeconds: number): TransactWriteItem => ({
      Update: {
        TableName: this.tableName,
        Key,
        UpdateExpression: 'ADD #n :one SET expiresAt = :expires',
        ConditionExpression: 'attribute_not_exists(#n) OR #n < :limit',
        ExpressionAttributeNames: { '#n': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expires': epoch + keepSeconds },
      },
    });
    const items = [counter(rateKey(source.userId, limits.counter ? `${limits.counter}#${hour}` : hour), limits.perPersonPerHour, PERSON_COUNTER_SECONDS)];
    if (source.ip) items.push(counter(addressRateKey(addressHash(this.addressSecret(), source.ip), hour), limits.perAddressPerHour, ADDRESS_COUNTER_SECONDS));
    return items;
  }

  /** The limit that cancelled a transaction whose guard items start at `offset`, if one did. */
  refusal(reasons: CancellationReason[], offset: number): RateLimitError | undefined {
    if (reasons[offset]?.Code === 'ConditionalCheckFailed') return new RateLimitError('person');
    if (reasons[offset + 1]?.Code === 'ConditionalCheckFailed') return new RateLimitError('address');
    return undefined;
  }
}
