import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import {
  ERASED_TEXT,
  type ConsultationReport,
  type Page,
  type PublicComment,
} from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import type { CommentStore, StoredComment } from '../../ports/comment-store';
import type {
  ClientKeyUse,
  RecordedSubmission,
  SubmissionLimits,
  SubmissionSource,
} from '../../ports/submission-guard';
import type { SubmissionGuard, TransactWriteItem } from './submission-guard';
import { InvalidCursorError } from '../../ports/content-store';
import { StaleWriteError } from '../../ports/stale-write';
import { auditPut } from './audit-log';
import { releasePuts } from './release-store';
import type { Release } from '../../ports/release-store';
import { tallyIncrement } from './comment-tally';
import {
  askerPk,
  ballotKey,
  COMMENT_PREFIX,
  commenterKey,
  commentKey,
  commentsPartition,
  publicCommentKey,
  publicCommentsPk,
  publicKey,
  reportKey,
  tallyKey,
} from './keys';
import { cancellationReasons } from './cancellation';

/** The commenter's copy and every list a resident reads hold no name or contact. */
const withoutPersonalData = ({ name, contact, ...comment }: StoredComment) => comment;
const strip = (item: Record<string, unknown>) => {
  const { pk, sk, ...rest } = item;
  return rest as unknown as StoredComment;
};
/** What the retention period takes: a name or contact, or the text of a comment never shown (see RETENTION.comments). */
const holdsPersonalData = (comment: StoredComment) =>
  comment.name !== undefined ||
  comment.contact !== undefined ||
  (comment.status !== 'approved' && !comment.textErased);
const publicComment = ({ id, text, section, approvedAt, at }: StoredComment): PublicComment => ({
  id,
  text,
  ...(section && { section }),
  at: approvedAt ?? at,
});

const encode = (sk: string) => Buffer.from(sk, 'utf8').toString('base64url');
const decode = (cursor: string, pattern: RegExp) => {
  const sk = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!pattern.test(sk)) throw new InvalidCursorError();
  return sk;
};
const PUBLIC_SK = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9A-HJKMNP-TV-Z]{26}$/;
const COMMENT_SK = /^COMMENT#[0-9A-HJKMNP-TV-Z]{26}$/;

export class DynamoCommentStore implements CommentStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly guard: SubmissionGuard,
  ) {}

  async submit(
    comment: StoredComment,
    clientKey: string,
    use: ClientKeyUse,
    source: SubmissionSource,
    limits: SubmissionLimits,
  ): Promise<{ created: true; answersCounted: boolean } | { existing: RecordedSubmission }> {
    const answered = comment.answers.some((chosen) => chosen.length > 0);
    const items = this.submission(comment, clientKey, use, source, limits, answered);
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
      return { created: true, answersCounted: answered };
    } catch (error) {
      const reasons = cancellationReasons(error);
      // This person's closed answers were counted with an earlier comment (the ballot, last): keep the comment, not the answers again.
      if (
        answered &&
        reasons[items.length - 1]?.Code === 'ConditionalCheckFailed' &&
        reasons[0]?.Code !== 'ConditionalCheckFailed'
      ) {
        return this.submit({ ...comment, answers: [] }, clientKey, use, source, limits).then(
          (outcome) => ('created' in outcome ? { created: true, answersCounted: false } : outcome),
        );
      }
      if (
        reasons[0]?.Code === 'ConditionalCheckFailed' ||
        reasons[0]?.Code === 'TransactionConflict'
      ) {
        const first = await this.guard.recorded(comment.commenterId, clientKey);
        if (first) return { existing: first };
      }
      const refusal = this.guard.refusal(reasons, 1);
      if (refusal) throw refusal;
      throw error;
    }
  }

  /** The submission key, the hour's counters (the guard's, from index 1), the comment, its copy, the tally, and the ballot if answers count. */
  private submission(
    comment: StoredComment,
    clientKey: string,
    use: ClientKeyUse,
    source: SubmissionSource,
    limits: SubmissionLimits,
    countAnswers: boolean,
  ): TransactWriteItem[] {
    const { consultationId, commenterId, at } = comment;
    const tally = tallyIncrement(countAnswers ? comment.answers : []);
    return [
      this.guard.submissionPut(commenterId, clientKey, use, { id: comment.id, consultationId, at }),
      ...this.guard.items(source, limits, at),
      {
        Put: {
          TableName: this.tableName,
          Item: { ...comment, ...commentKey(consultationId, comment.id) },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: this.tableName,
          Item: { ...withoutPersonalData(comment), ...commenterKey(commenterId, at, comment.id) },
        },
      },
      { Update: { TableName: this.tableName, Key: tallyKey(consultationId), ...tally } },
      ...(countAnswers
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...ballotKey(consultationId, commenterId), commentId: comment.id, at },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
          ]
        : []),
    ];
  }

  async listPublic(
    consultationId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<PublicComment>> {
    const page = await this.queryPage(
      { pk: publicCommentsPk(consultationId), skPattern: PUBLIC_SK },
      cursor,
      limit,
    );
    return { ...page, items: page.items.map((item) => publicComment(strip(item))) };
  }

  async listAll(
    consultationId: string,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<StoredComment>> {
    const { pk, skPrefix } = commentsPartition(consultationId);
    const page = await this.queryPage({ pk, skPrefix, skPattern: COMMENT_SK }, cursor, limit);
    return { ...page, items: page.items.map(strip) };
  }

  /** One Query of a partition (or the part of it under a prefix), oldest first, asking one more than the page. */
  private async queryPage(
    range: { pk: string; skPrefix?: string; skPattern: RegExp },
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<Record<string, unknown>>> {
    const { pk, skPrefix, skPattern } = range;
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: skPrefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk, ...(skPrefix && { ':prefix': skPrefix }) },
        Limit: limit + 1,
        ...(cursor && { ExclusiveStartKey: { pk, sk: decode(cursor, skPattern) } }),
      }),
    );
    const items = result.Items ?? [];
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    const more = items.length > limit || result.LastEvaluatedKey !== undefined;
    return { items: page, ...(more && last && { nextCursor: encode(String(last.sk)) }) };
  }

  async get(consultationId: string, commentId: string): Promise<StoredComment | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: commentKey(consultationId, commentId) }),
    );
    return result.Item ? strip(result.Item) : undefined;
  }

  private putComment(comment: StoredComment) {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...comment, ...commentKey(comment.consultationId, comment.id) },
        ConditionExpression: '#rev = :previous',
        ExpressionAttributeNames: { '#rev': 'rev' },
        ExpressionAttributeValues: { ':previous': comment.rev - 1 },
      },
    };
  }

  private async transact(
    items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>,
  ) {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (
        reasons[0]?.Code === 'ConditionalCheckFailed' ||
        reasons[0]?.Code === 'TransactionConflict'
      )
        throw new StaleWriteError();
      throw error;
    }
  }

  async moderate(comment: StoredComment, audit: AuditEntry): Promise<void> {
    const approved = comment.status === 'approved';
    await this.transact([
      this.putComment(comment),
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...withoutPersonalData(comment),
            ...commenterKey(comment.commenterId, comment.at, comment.id),
          },
        },
      },
      ...(approved && comment.approvedAt
        ? [
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...publicComment(comment),
                  ...publicCommentKey(comment.consultationId, comment.approvedAt, comment.id),
                },
              },
            },
          ]
        : []),
      {
        Update: {
          TableName: this.tableName,
          Key: tallyKey(comment.consultationId),
          UpdateExpression: 'ADD #n :one',
          ExpressionAttributeNames: { '#n': approved ? 'approved' : 'rejected' },
          ExpressionAttributeValues: { ':one': 1 },
        },
      },
      auditPut(this.tableName, audit),
    ]);
  }

  async decide(comment: StoredComment, audit: AuditEntry): Promise<void> {
    await this.transact([
      this.putComment(comment),
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...withoutPersonalData(comment),
            ...commenterKey(comment.commenterId, comment.at, comment.id),
          },
        },
      },
      auditPut(this.tableName, audit),
    ]);
  }

  async publishReport(
    consultationId: string,
    report: ConsultationReport,
    audit: AuditEntry,
    release?: Release,
  ): Promise<'published' | 'exists' | 'withdrawn'> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...reportKey(consultationId), report },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            // Still published and not withdrawn: a withdrawn consultation gets no report.
            {
              ConditionCheck: {
                TableName: this.tableName,
                Key: publicKey(consultationId),
                ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(withdrawal)',
              },
            },
            auditPut(this.tableName, audit),
            // Those who commented and asked to be told: the release is written with the report.
            ...(release ? releasePuts(this.tableName, release) : []),
          ],
        }),
      );
      return 'published';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons[0]?.Code === 'ConditionalCheckFailed') return 'exists';
      if (reasons[1]?.Code === 'ConditionalCheckFailed') return 'withdrawn';
      throw error;
    }
  }

  async listMine(userId: string, limit: number): Promise<StoredComment[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': askerPk(userId), ':prefix': COMMENT_PREFIX },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(strip);
  }

  async eraseComments(
    consultationId: string,
    limit: number,
  ): Promise<{ erased: number; done: boolean }> {
    let erased = 0;
    let cursor: string | undefined;
    do {
      const page = await this.listAll(consultationId, cursor, 100);
      for (const comment of page.items.filter(holdsPersonalData)) {
        if (erased >= limit) return { erased, done: false };
        await this.erase(comment);
        erased++;
      }
      cursor = page.nextCursor;
    } while (cursor);
    return { erased, done: true };
  }

  /** The staff-side comment and the commenter's copy (the public copy holds only shown text); a new `rev`, read again on a conflict. */
  private async erase(read: StoredComment): Promise<void> {
    for (let attempt = 1, comment = read; ; attempt++) {
      const { name, contact, ...rest } = comment;
      const next: StoredComment = {
        ...rest,
        ...((name !== undefined || contact !== undefined) && { contactErased: true }),
        ...(comment.status !== 'approved' && { text: ERASED_TEXT, textErased: true }),
        rev: comment.rev + 1,
      };
      try {
        // A review or decision prepared from an older read fails on the new `rev` and is read again.
        await this.transact([
          this.putComment(next),
          {
            Put: {
              TableName: this.tableName,
              Item: {
                ...withoutPersonalData(next),
                ...commenterKey(next.commenterId, next.at, next.id),
              },
            },
          },
        ]);
        return;
      } catch (error) {
        const fresh =
          error instanceof StaleWriteError && attempt < 3
            ? await this.get(comment.consultationId, comment.id)
            : undefined;
        if (!fresh) throw error;
        if (!holdsPersonalData(fresh)) return;
        comment = fresh;
      }
    }
  }
}
