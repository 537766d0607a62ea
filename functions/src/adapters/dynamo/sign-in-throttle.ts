import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addWithin } from './bounded-counter';
import {
  RateLimitError,
  type SignInLimits,
  type SignInThrottle,
} from '../../ports/sign-in-throttle';
import { addressSignInKey, signInCounterKey } from './keys';
import type { SubmissionGuard } from './submission-guard';

/** A minute's counters are kept a little past it, then DynamoDB's TTL deletes them. */
const KEEP_SECONDS = 180;

/**
 * Pattern 99: the address's count of the minute, then everyone's. Two single-item updates, not a
 * transaction: everyone's counter is one item that every sign-in writes, and concurrent
 * transactions on one item cancel each other (TransactionConflict) where plain updates queue.
 * The address first, so an address already refused never takes a slot of everyone's. The address
 * is counted under the same keyed hash as submissions (the guard holds the key).
 */
export class DynamoSignInThrottle implements SignInThrottle {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly addresses: Pick<SubmissionGuard, 'addressHashOf'>,
  ) {}

  async admit(ip: string | undefined, limits: SignInLimits, at: string): Promise<void> {
    const minute = at.slice(0, 16);
    if (ip)
      await this.count(
        addressSignInKey(this.addresses.addressHashOf(ip), minute),
        limits.perAddressPerMinute,
        at,
        'address',
      );
    await this.count(signInCounterKey(minute), limits.overallPerMinute, at, 'everyone');
  }

  private async count(
    Key: { pk: string; sk: string },
    limit: number,
    at: string,
    by: RateLimitError['by'],
  ): Promise<void> {
    const expiresAt = Math.floor(Date.parse(at) / 1000) + KEEP_SECONDS;
    if (!(await addWithin(this.client, { TableName: this.tableName, Key, limit, expiresAt })))
      throw new RateLimitError(by);
  }
}
