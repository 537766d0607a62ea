import { ERASED_TEXT, isFinished } from '@sunshine/shared';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { ApplicationStore, StoredApplication } from '../../ports/application-store';
import type {
  ClientKeyUse,
  RecordedSubmission,
  SubmissionLimits,
  SubmissionSource,
} from '../../ports/submission-guard';
import type { SubmissionGuard } from './submission-guard';
import type { AuditEntry } from '../../ports/audit-log';
import { StaleWriteError } from '../../ports/stale-write';
import { auditPut } from './audit-log';
import { releasePuts } from './release-store';
import type { Release } from '../../ports/release-store';
import {
  APPLICANT_PREFIX,
  applicantKey,
  applicantPk,
  APPLICATION_QUEUE_PK,
  applicationKey,
  applicationQueueKey,
  correctionSubmissionKey,
  repliedKey,
} from './keys';
import { cancellationReasons } from './cancellation';
import { upgradeLegacyApplication } from './application-legacy';
import { reportIndexItems } from './application-report-index';

type TransactItem = NonNullable<
  ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']
>[number];

/** The applicant's copy holds no contact, name or identity: their list never needs them. */
const applicantCopy = ({ applicant, identity, contact, ...rest }: StoredApplication) => rest;

/** An erased case reads with blanks where the applicant's details were; an older one in the current shape. */
function fromItem(item: Record<string, unknown>): StoredApplication {
  const { pk, sk, ...rest } = item;
  const stored = rest as unknown as StoredApplication;
  // Erasure removes these attributes; the type says they are there, so fill them back as blanks.
  const erased = rest as {
    applicant?: Partial<StoredApplication['applicant']>;
    identity?: Partial<StoredApplication['identity']>;
    contact?: Partial<StoredApplication['contact']>;
  };
  return upgradeLegacyApplication({
    ...stored,
    applicant: {
      type: 'person',
      name: '',
      legalRepresentative: '',
      contactPerson: '',
      ...erased.applicant,
    },
    identity: { type: 'resident_id', masked: '', ...erased.identity },
    contact: { phone: '', address: '', postcode: '', email: '', ...erased.contact },
  });
}

/** Where a case sits in the queue, or nowhere once replied or closed. */
function queueKeyOf(application: StoredApplication) {
  if (isFinished(application.status)) return undefined;
  if (application.dueOn && application.status === 'received')
    return applicationQueueKey({ dueOn: application.dueOn }, application.id);
  return applicationQueueKey(
    { stoppedSince: application.stoppedSince ?? application.receivedAt.slice(0, 10) },
    application.id,
  );
}

export class DynamoApplicationStore implements ApplicationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly guard: SubmissionGuard,
  ) {}

  private put(
    item: Record<string, unknown>,
    condition?: Pick<
      NonNullable<TransactItem['Put']>,
      'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    >,
  ): TransactItem {
    return { Put: { TableName: this.tableName, Item: item, ...condition } };
  }

  /** The case, the applicant's copy and the queue entry moved to where the new state sorts. */
  private copies(next: StoredApplication, previous: StoredApplication): TransactItem[] {
    const items: TransactItem[] = [
      this.put({
        ...applicantCopy(next),
        ...applicantKey(next.applicantId, next.receivedAt, next.id),
      }),
    ];
    const before = queueKeyOf(previous);
    const after = queueKeyOf(next);
    // One transaction may not touch an item twice: an unmoved entry is only rewritten.
    if (before && before.sk !== after?.sk)
      items.push({ Delete: { TableName: this.tableName, Key: before } });
    // The queue holds the whole case: staff read the queue in one Query, contact and masked number included.
    if (after) items.push(this.put({ ...next, ...after }));
    // Replied or closed: listed by that date, for the retention job (no personal data in the entry),
    // and its ending recorded in each report year it counts in (#112).
    if (isFinished(next.status) && !isFinished(previous.status))
      items.push(
        this.put({
          ...repliedKey(next.events.at(-1)?.on ?? next.receivedAt.slice(0, 10), next.id),
          id: next.id,
        }),
        ...reportIndexItems(next).map((item) => this.put(item)),
      );
    return items;
  }

  private versionCondition(previous: StoredApplication) {
    return {
      ConditionExpression: '#version = :version',
      ExpressionAttributeNames: { '#version': 'version' },
      ExpressionAttributeValues: { ':version': previous.version },
    };
  }

  private async submissionOf(key: {
    pk: string;
    sk: string;
  }): Promise<{ applicationId: string; fingerprint?: string } | undefined> {
    const found = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    return found.Item
      ? {
          applicationId: String(found.Item.applicationId),
          ...(found.Item.fingerprint && { fingerprint: String(found.Item.fingerprint) }),
        }
      : undefined;
  }

  async submit(
    application: StoredApplication,
    clientKey: string,
    use: ClientKeyUse,
    source: SubmissionSource,
    limits: SubmissionLimits,
  ): Promise<{ created: true } | { existing: RecordedSubmission }> {
    const queue = queueKeyOf(application);
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            this.guard.submissionPut(application.applicantId, clientKey, use, {
              id: application.id,
              at: application.receivedAt,
            }),
            ...this.guard.items(source, limits, application.receivedAt),
            this.put(
              { ...application, ...applicationKey(application.id) },
              { ConditionExpression: 'attribute_not_exists(pk)' },
            ),
            this.put({
              ...applicantCopy(application),
              ...applicantKey(application.applicantId, application.receivedAt, application.id),
            }),
            ...(queue ? [this.put({ ...application, ...queue })] : []),
            // Counted in its receipt year's report (#111).
            ...reportIndexItems(application).map((item) => this.put(item)),
          ],
        }),
      );
      return { created: true };
    } catch (error) {
      const reasons = cancellationReasons(error);
      // A copy of this submission got there first (or is committing now): the key's record answers.
      if (
        reasons[0]?.Code === 'ConditionalCheckFailed' ||
        reasons[0]?.Code === 'TransactionConflict'
      ) {
        const existing = await this.guard.recorded(application.applicantId, clientKey);
        if (existing) return { existing };
      }
      const refusal = this.guard.refusal(reasons, 1);
      if (refusal) throw refusal;
      throw error;
    }
  }

  async get(id: string): Promise<StoredApplication | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: applicationKey(id), ConsistentRead: true }),
    );
    return result.Item ? fromItem(result.Item) : undefined;
  }

  async listMine(applicantId: string, limit: number): Promise<StoredApplication[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': applicantPk(applicantId), ':prefix': APPLICANT_PREFIX },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(fromItem);
  }

  async listQueue(limit: number): Promise<StoredApplication[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': APPLICATION_QUEUE_PK },
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(fromItem);
  }

  async recordStaffAction(
    next: StoredApplication,
    previous: StoredApplication,
    audit: AuditEntry,
    release?: Release,
  ): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            this.put({ ...next, ...applicationKey(next.id) }, this.versionCondition(previous)),
            ...this.copies(next, previous),
            auditPut(this.tableName, audit),
            // The applicant's reminder of the reply, if they asked for one: with the reply, or not at all.
            ...(release ? releasePuts(this.tableName, release) : []),
          ],
        }),
      );
    } catch (error) {
      const code = cancellationReasons(error)[0]?.Code;
      // A colleague's action committed first, or is committing now: theirs stands.
      if (code === 'ConditionalCheckFailed' || code === 'TransactionConflict')
        throw new StaleWriteError();
      throw error;
    }
  }

  async recordCorrection(
    next: StoredApplication,
    previous: StoredApplication,
    clientKey: string,
    fingerprint: string,
  ): Promise<'recorded' | 'existing' | 'reused'> {
    const submission = correctionSubmissionKey(next.applicantId, clientKey);
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            this.put(
              { ...submission, applicationId: next.id, fingerprint, at: next.events.at(-1)?.at },
              { ConditionExpression: 'attribute_not_exists(pk)' },
            ),
            this.put({ ...next, ...applicationKey(next.id) }, this.versionCondition(previous)),
            ...this.copies(next, previous),
          ],
        }),
      );
      return 'recorded';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (!reasons.length) throw error;
      // A retry or a concurrent copy of this correction: it is recorded once, by the first. The
      // key already used for another one (a key recorded before fingerprints were kept: by application).
      const recorded = await this.submissionOf(submission);
      if (recorded)
        return recorded.applicationId === next.id &&
          (recorded.fingerprint ?? fingerprint) === fingerprint
          ? 'existing'
          : 'reused';
      if (
        reasons.some(
          (reason) =>
            reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict',
        )
      )
        throw new StaleWriteError();
      throw error;
    }
  }

  async eraseContact(id: string, at: string): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const application = await this.get(id);
      // The applicant's corrections: their own words, often who they are (see RETENTION.applications).
      const corrections =
        application?.events.flatMap((event, index) =>
          event.type === 'correction_received' && event.text !== ERASED_TEXT ? [index] : [],
        ) ?? [];
      if (!application || (application.erasedAt && corrections.length === 0)) return false;
      // DynamoDB refuses a name or value an expression does not use: the texts' only when there are some.
      const names = {
        '#contact': 'contact',
        '#applicant': 'applicant',
        '#identity': 'identity',
        ...(corrections.length && { '#events': 'events', '#text': 'text' }),
      };
      const values = { ':at': at, ...(corrections.length && { ':erasedText': ERASED_TEXT }) };
      const texts = corrections.map((index) => `#events[${index}].#text = :erasedText`);
      const erase = (
        Key: { pk: string; sk: string },
        condition: string,
        extra: Record<string, unknown> = {},
      ): TransactItem => ({
        Update: {
          TableName: this.tableName,
          Key,
          // A new version: a staff action prepared from an older read fails and is read again.
          UpdateExpression: `REMOVE #contact, #applicant.#name, #applicant.legalRepresentative, #applicant.contactPerson, #identity.masked SET ${['erasedAt = :at', ...texts].join(', ')} ADD #version :one`,
          ConditionExpression: condition,
          ExpressionAttributeNames: { ...names, '#name': 'name', '#version': 'version' },
          ExpressionAttributeValues: { ...values, ':one': 1, ...extra },
        },
      });
      const queue = queueKeyOf(application);
      try {
        await this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              // As read: a staff action or a correction committed meanwhile is read again, never overwritten.
              erase(applicationKey(id), '#version = :read', { ':read': application.version }),
              // Never create a copy that is not there (an Update would).
              ...(queue ? [erase(queue, 'attribute_exists(pk)')] : []),
              // The applicant's copy never held the details; removed again in case an older version of it did.
              {
                Update: {
                  TableName: this.tableName,
                  Key: applicantKey(application.applicantId, application.receivedAt, id),
                  UpdateExpression: `REMOVE #contact, #applicant, #identity SET ${['erasedAt = :at', ...texts].join(', ')}`,
                  ConditionExpression: 'attribute_exists(pk)',
                  ExpressionAttributeNames: names,
                  ExpressionAttributeValues: values,
                },
              },
            ],
          }),
        );
        return true;
      } catch (error) {
        const code = cancellationReasons(error)[0]?.Code;
        if ((code === 'ConditionalCheckFailed' || code === 'TransactionConflict') && attempt < 3)
          continue;
        throw error;
      }
    }
  }
}
