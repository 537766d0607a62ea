import { createHmac } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { CancellationReason } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import {
  RateLimitError,
  type ClientKeyUse,
  type RecordedSubmission,
  type SubmissionGate,
  type SubmissionKind,
  type SubmissionLimits,
  type SubmissionSource,
} from '../../ports/submission-guard';
import { addWithin, boundedAdd } from './bounded-counter';
import {
  addressContentCheckKey,
  addressRateKey,
  contentCheckKey,
  rateKey,
  submissionKey,
} from './keys';

export type TransactWriteItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A person's counter is kept a day for the record; an address's only as long as its hour needs. */
const PERSON_COUNTER_SECONDS = 86_400;
const ADDRESS_COUNTER_SECONDS = 2 * 3600;

/**
 * An IP address is personal data: only a keyed hash of it is written, in the key of a counter
 * DynamoDB's TTL deletes. Keyed (HMAC with a server key), because a plain hash of an IPv4
 * address is undone by hashing all 2³² of them. The key is the address key (commons/secrets.ts),
 * never the session-signing secret: rotating one must not touch the other. An IPv6 address is
 * counted by its /64 (`countedAddress`).
 */
export function addressHash(key: Uint8Array, ip: string): string {
  return createHmac('sha256', key).update(countedAddress(ip)).digest('hex').slice(0, 32);
}

/** An IPv6 address's eight 16-bit groups, `::` expanded and a trailing dotted IPv4 part read as two. */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  const text = dotted
    ? `${address.slice(0, dotted.index)}${((+dotted[1]! << 8) | +dotted[2]!).toString(16)}:${((+dotted[3]! << 8) | +dotted[4]!).toString(16)}`
    : address;
  const [head = '', tail] = text.split('::');
  const groups = (part: string) =>
    part ? part.split(':').map((group) => parseInt(group, 16)) : [];
  const left = groups(head);
  if (tail === undefined) return left;
  const right = groups(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * What a limit counts as one address. An IPv6 subscriber gets a whole /64 and picks any address
 * in it, so only the /64 is counted (however the address is written); an IPv4-mapped address
 * (::ffff:a.b.c.d) is the IPv4 address it carries.
 */
export function countedAddress(ip: string): string {
  const address = ip.trim().toLowerCase().split('%')[0]!;
  if (!isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 255, groups[7]! >> 8, groups[7]! & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** Keys written before kinds were recorded name their submission by attribute. */
const LEGACY_ID_ATTRIBUTES: Array<[string, SubmissionKind]> = [
  ['questionId', 'question'],
  ['commentId', 'comment'],
  ['applicationId', 'application'],
];

/**
 * Counts one submission against the hour's limits, as items of the transaction that stores it:
 * the submission and its counts commit together or not at all, so a refused or failed one is
 * never counted and a counted one is never lost. Any submission (a question, a consultation
 * comment, a disclosure application) adds `submissionPut()` and `items()` to its transaction and
 * asks `refusal()` what a cancellation meant.
 *
 * Before that, the gate's two reads (`recorded`, `checkLimits`) let a use case answer a retry or
 * refuse a person at their limit before it spends a WeChat call. A read, not a reservation: a
 * reserved slot would have to be given back when validation or WeChat's check then refuses, and
 * a refund lost to a timeout would cost a resident a slot they never used. Reads alone let copies
 * sent at the same moment all pass (one person at 9 of 10 sending 20 at once caused 20 checks),
 * so each check is then paid from a budget of its own (`spendContentChecks`, pattern 100), taken
 * with a conditional update and never given back: a refused request costs a check, never a slot.
 */
export class SubmissionGuard implements SubmissionGate {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** Asked only when an address is counted or a payload fingerprinted: a store that only reads needs no secret. */
    private readonly keys: { address: () => Uint8Array; fingerprint: () => Uint8Array },
  ) {}

  /** The hash under which an address is counted (submissions here; sign-in attempts too). */
  addressHashOf(ip: string): string {
    return addressHash(this.keys.address(), ip);
  }

  /** Keyed (HMAC), so the record of a key never lets anyone confirm a guess at what was sent. */
  fingerprint(text: string): string {
    return createHmac('sha256', this.keys.fingerprint()).update(text).digest('base64url');
  }

  /** The hour's counters of submissions, or of the content checks paid for them (pattern 100). */
  private counterKeys(
    source: SubmissionSource,
    limits: SubmissionLimits,
    at: string,
    counted: 'submissions' | 'contentChecks' = 'submissions',
  ) {
    const hour = at.slice(0, 13);
    const [personKey, addressKey] =
      counted === 'submissions'
        ? [rateKey, addressRateKey]
        : [contentCheckKey, addressContentCheckKey];
    return {
      person: personKey(source.userId, limits.counter ? `${limits.counter}#${hour}` : hour),
      address: source.ip ? addressKey(this.addressHashOf(source.ip), hour) : undefined,
    };
  }

  /** The counter updates, in this order: the person's, then the address's if known. */
  items(source: SubmissionSource, limits: SubmissionLimits, at: string): TransactWriteItem[] {
    const epoch = Math.floor(Date.parse(at) / 1000);
    const counter = (
      Key: { pk: string; sk: string },
      limit: number,
      keepSeconds: number,
    ): TransactWriteItem => ({
      Update: boundedAdd({ TableName: this.tableName, Key, limit, expiresAt: epoch + keepSeconds }),
    });
    const { person, address } = this.counterKeys(source, limits, at);
    const items = [counter(person, limits.perPersonPerHour, PERSON_COUNTER_SECONDS)];
    if (address) items.push(counter(address, limits.perAddressPerHour, ADDRESS_COUNTER_SECONDS));
    return items;
  }

  /** The limit that cancelled a transaction whose guard items start at `offset`, if one did. */
  refusal(reasons: CancellationReason[], offset: number): RateLimitError | undefined {
    if (reasons[offset]?.Code === 'ConditionalCheckFailed') return new RateLimitError('person');
    if (reasons[offset + 1]?.Code === 'ConditionalCheckFailed')
      return new RateLimitError('address');
    return undefined;
  }

  /**
   * The client key's record, first in a submission's transaction: one key space per person for
   * every kind, so a key names one submission whatever its kind, with what it was used for.
   */
  submissionPut(
    userId: string,
    clientKey: string,
    use: ClientKeyUse,
    recorded: { id: string; at: string; consultationId?: string },
  ): TransactWriteItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...submissionKey(userId, clientKey),
          kind: use.kind,
          fingerprint: use.fingerprint,
          ...recorded,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    };
  }

  async recorded(userId: string, clientKey: string): Promise<RecordedSubmission | undefined> {
    const { Item: item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: submissionKey(userId, clientKey),
        ConsistentRead: true,
      }),
    );
    if (!item) return undefined;
    const legacy = LEGACY_ID_ATTRIBUTES.find(([attribute]) => item[attribute] !== undefined);
    const kind = (item.kind as SubmissionKind | undefined) ?? legacy?.[1] ?? 'question';
    const id = String(item.id ?? (legacy ? item[legacy[0]] : ''));
    return {
      id,
      kind,
      ...(item.fingerprint && { fingerprint: String(item.fingerprint) }),
      ...(item.consultationId && { consultationId: String(item.consultationId) }),
    };
  }

  async checkLimits(source: SubmissionSource, limits: SubmissionLimits, at: string): Promise<void> {
    const { person, address } = this.counterKeys(source, limits, at);
    const count = async (Key: { pk: string; sk: string }) =>
      Number(
        (
          await this.client.send(
            new GetCommand({ TableName: this.tableName, Key, ConsistentRead: true }),
          )
        ).Item?.count ?? 0,
      );
    const [byPerson, byAddress] = await Promise.all([count(person), address ? count(address) : 0]);
    if (byPerson >= limits.perPersonPerHour) throw new RateLimitError('person');
    if (byAddress >= limits.perAddressPerHour) throw new RateLimitError('address');
  }

  /**
   * The person's budget first: one person's flood is refused on their own counter and never eats
   * into the address's, which residents behind the same NAT share.
   */
  async spendContentChecks(
    source: SubmissionSource,
    budget: SubmissionLimits,
    at: string,
    checks: number,
  ): Promise<void> {
    const epoch = Math.floor(Date.parse(at) / 1000);
    const { person, address } = this.counterKeys(source, budget, at, 'contentChecks');
    const spend = (Key: { pk: string; sk: string }, limit: number, keepSeconds: number) =>
      addWithin(this.client, {
        TableName: this.tableName,
        Key,
        limit,
        expiresAt: epoch + keepSeconds,
        by: checks,
      });
    if (!(await spend(person, budget.perPersonPerHour, PERSON_COUNTER_SECONDS)))
      throw new RateLimitError('person');
    if (address && !(await spend(address, budget.perAddressPerHour, ADDRESS_COUNTER_SECONDS)))
      throw new RateLimitError('address');
  }
}
