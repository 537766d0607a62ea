import type { CancellationReason } from '@aws-sdk/client-dynamodb';
import {
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import {
  ERASED_TEXT,
  type AnswerRating,
  type AnswerRatingsView,
  type QuestionKind,
} from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import type { QuestionStore, StoredQuestion } from '../../ports/question-store';
import { StaleWriteError } from '../../ports/stale-write';
import type {
  ClientKeyUse,
  RecordedSubmission,
  SubmissionLimits,
  SubmissionSource,
} from '../../ports/submission-guard';
import type { WorkflowItem } from '../../ports/workflow-store';
import { countsOf, counterDeltas, counterUpdate } from './answer-rating-counters';
import { auditPut } from './audit-log';
import { releasePuts } from './release-store';
import type { Release } from '../../ports/release-store';
import {
  ANSWER_COUNTER_PREFIX,
  ANSWER_RATING_PREFIX,
  ANSWER_RATINGS_PK,
  ANSWERED_QUESTIONS_PK,
  answeredKey,
  answerRatingKey,
  ASKER_PREFIX,
  askerKey,
  askerPk,
  kindCounterKey,
  QUESTION_QUEUE_PK,
  questionKey,
  queueKey,
  responderCounterKey,
} from './keys';
import type { SubmissionGuard, TransactWriteItem } from './submission-guard';
import { workPut } from './workflow-store';
import { backOff, cancellationReasons } from './cancellation';

/** The asker's copy holds no contact: their list never carries it, even back to themselves. */
const askerCopy = ({ contact, ...question }: StoredQuestion) => question;
const strip = (item: Record<string, unknown>) => {
  const { pk, sk, ...rest } = item;
  return rest as unknown as StoredQuestion;
};
const conflicted = (reasons: CancellationReason[]) =>
  reasons.some((reason) => reason.Code === 'TransactionConflict');
const CONFLICT_ATTEMPTS = 5;

export class DynamoQuestionStore implements QuestionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly guard: SubmissionGuard,
  ) {}

  async ask(
    question: StoredQuestion,
    clientKey: string,
    use: ClientKeyUse,
    source: SubmissionSource,
    limits: SubmissionLimits,
  ): Promise<{ created: true } | { existing: RecordedSubmission }> {
    const existing = async () => {
      const first = await this.guard.recorded(question.askerId, clientKey);
      return first && { existing: first };
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              this.guard.submissionPut(question.askerId, clientKey, use, {
                id: question.id,
                at: question.askedAt,
              }),
              // Items 1 and 2: the person's and the address's counters of the hour.
              ...this.guard.items(source, limits, question.askedAt),
              {
                Put: {
                  TableName: this.tableName,
                  Item: { ...question, ...questionKey(question.id) },
                  ConditionExpression: 'attribute_not_exists(pk)',
                },
              },
              {
                Put: {
                  TableName: this.tableName,
                  Item: {
                    ...askerCopy(question),
                    ...askerKey(question.askerId, question.askedAt, question.id),
                  },
                },
              },
              // The queue holds the whole question (staff read the queue in one Query, contact included).
              {
                Put: {
                  TableName: this.tableName,
                  Item: { ...question, ...queueKey(question.dueAt, question.id) },
                },
              },
            ],
          }),
        );
        return { created: true };
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons[0]?.Code === 'ConditionalCheckFailed') {
          const first = await existing();
          if (first) return first;
        }
        const refusal = this.guard.refusal(reasons, 1);
        if (refusal) throw refusal;
        // Concurrent copies of one submission (or neighbours sharing a counter) collide while the
        // first commits: a copy answers the first's record, a neighbour tries again.
        if (conflicted(reasons)) {
          const first = await existing();
          if (first) return first;
          if (attempt < CONFLICT_ATTEMPTS) {
            await backOff(attempt);
            continue;
          }
        }
        throw error;
      }
    }
  }

  async get(id: string): Promise<StoredQuestion | undefined> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: questionKey(id), ConsistentRead: true }),
    );
    return result.Item ? strip(result.Item) : undefined;
  }

  async listMine(askerId: string, limit: number): Promise<StoredQuestion[]> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': askerPk(askerId), ':prefix': ASKER_PREFIX },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(strip);
  }

  async listOpen(limit: number): Promise<StoredQuestion[]> {
    const queue = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': QUESTION_QUEUE_PK },
        Limit: limit,
      }),
    );
    return (queue.Items ?? []).map(strip);
  }

  async listAnswered(limit: number): Promise<StoredQuestion[]> {
    const answered = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': ANSWERED_QUESTIONS_PK },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (answered.Items ?? []).map(strip);
  }

  async answer(question: StoredQuestion, audit: AuditEntry, release?: Release): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            // Not answered, and unchanged since it was read: the nightly erasure raises `rev`, so an
            // answer prepared from an older read cannot write an erased contact back.
            {
              Put: {
                TableName: this.tableName,
                Item: { ...question, ...questionKey(question.id) },
                ...this.unchangedSinceRead(
                  question,
                  '#status <> :answered',
                  { '#status': 'status' },
                  { ':answered': 'answered' },
                ),
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...askerCopy(question),
                  ...askerKey(question.askerId, question.askedAt, question.id),
                },
              },
            },
            { Delete: { TableName: this.tableName, Key: queueKey(question.dueAt, question.id) } },
            this.answeredCopyPut(question),
            auditPut(this.tableName, audit),
            // The reminder to the asker, if they asked for one: with the answer, or not at all.
            ...(release ? releasePuts(this.tableName, release) : []),
          ],
        }),
      );
    } catch (error) {
      if (cancellationReasons(error)[0]?.Code === 'ConditionalCheckFailed')
        throw new StaleWriteError();
      throw error;
    }
  }

  async rate(question: StoredQuestion, rating: AnswerRating): Promise<void> {
    const by = question.answer?.by;
    if (!by) throw new StaleWriteError();
    const rated: StoredQuestion = { ...question, rating, rev: (question.rev ?? 0) + 1 };
    const deltas = counterDeltas(question.rating, rating);
    await this.transact([
      this.changeQuestion(question, { rating }, `askerId = :asker`, { ':asker': question.askerId }),
      {
        Put: {
          TableName: this.tableName,
          Item: { ...askerCopy(rated), ...askerKey(rated.askerId, rated.askedAt, rated.id) },
        },
      },
      this.answeredCopyPut(rated),
      {
        Update: {
          TableName: this.tableName,
          Key: responderCounterKey(by.userId),
          ...counterUpdate(deltas, {
            scope: 'responder',
            userId: by.userId,
            displayName: by.displayName,
          }),
        },
      },
      {
        Update: {
          TableName: this.tableName,
          Key: kindCounterKey(question.kind),
          ...counterUpdate(deltas, { scope: 'kind', kind: question.kind }),
        },
      },
      // The rating without who gave it: what staff read the reasons from.
      {
        Put: {
          TableName: this.tableName,
          Item: {
            ...answerRatingKey(question.id),
            ...rating,
            kind: question.kind,
            responderName: by.displayName,
          },
        },
      },
    ]);
  }

  async ratingTotals(recentLimit: number): Promise<AnswerRatingsView> {
    const query = (prefix: string, limit?: number) =>
      this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': ANSWER_RATINGS_PK, ':prefix': prefix },
          ScanIndexForward: false,
          Limit: limit,
        }),
      );
    const [counters, ratings] = await Promise.all([
      query(ANSWER_COUNTER_PREFIX),
      query(ANSWER_RATING_PREFIX, recentLimit),
    ]);
    const items = counters.Items ?? [];
    return {
      byResponder: items
        .filter((item) => item.scope === 'responder')
        .map((item) => ({
          responder: { userId: String(item.userId), displayName: String(item.displayName) },
          ...countsOf(item),
        })),
      byKind: items
        .filter((item) => item.scope === 'kind')
        .map((item) => ({ kind: item.kind as QuestionKind, ...countsOf(item) })),
      recent: (ratings.Items ?? [])
        .map(
          (item) =>
            ({
              kind: item.kind,
              responderName: item.responderName,
              score: item.score,
              problems: item.problems ?? [],
              reason: item.reason ?? '',
              at: item.at,
            }) as AnswerRatingsView['recent'][number],
        )
        .sort((a, b) => b.at.localeCompare(a.at)),
    };
  }

  async promote(question: StoredQuestion, draft: WorkflowItem, audit: AuditEntry): Promise<void> {
    const promotedTo = { draftId: draft.id, at: draft.createdAt, by: draft.owner };
    await this.transact([
      this.changeQuestion(question, { promotedTo }, 'attribute_not_exists(promotedTo)', {}),
      this.answeredCopyPut({ ...question, promotedTo, rev: (question.rev ?? 0) + 1 }),
      workPut(this.tableName, draft),
      auditPut(this.tableName, audit),
    ]);
  }

  /** The answered copy: the whole question but its contact, under the time of its answer. */
  private answeredCopyPut(question: StoredQuestion): TransactWriteItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...askerCopy(question),
          ...answeredKey(question.answer?.at ?? question.askedAt, question.id),
        },
      },
    };
  }

  /** A write's condition: `condition`, and the `rev` as read (absent = 0). */
  private unchangedSinceRead(
    question: StoredQuestion,
    condition: string,
    names: Record<string, string>,
    values: Record<string, unknown>,
  ) {
    const read = question.rev ?? 0;
    return {
      ConditionExpression: `${condition} AND ${read === 0 ? 'attribute_not_exists(#rev)' : '#rev = :read'}`,
      ExpressionAttributeNames: { ...names, '#rev': 'rev' },
      ExpressionAttributeValues: { ...values, ...(read === 0 ? {} : { ':read': read }) },
    };
  }

  /** SET some attributes of an answered question and its next `rev`, if it is still as read. */
  private changeQuestion(
    question: StoredQuestion,
    set: Record<string, unknown>,
    condition: string,
    values: Record<string, unknown>,
  ): TransactWriteItem {
    const names = Object.fromEntries(Object.keys(set).map((attribute, i) => [`#c${i}`, attribute]));
    const setValues = Object.fromEntries(Object.values(set).map((value, i) => [`:c${i}`, value]));
    return {
      Update: {
        TableName: this.tableName,
        Key: questionKey(question.id),
        UpdateExpression: `SET ${Object.keys(names)
          .map((name, i) => `${name} = :c${i}`)
          .join(', ')}, #rev = :next`,
        ...this.unchangedSinceRead(
          question,
          `#status = :answered AND ${condition}`,
          { ...names, '#status': 'status' },
          { ...setValues, ...values, ':answered': 'answered', ':next': (question.rev ?? 0) + 1 },
        ),
      },
    };
  }

  async eraseQuestion(id: string): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      const question = await this.get(id);
      if (
        !question ||
        (question.contact === undefined && question.textErased && !question.rating?.reason)
      )
        return false;
      const { contact, ...rest } = question;
      const erased: StoredQuestion = {
        ...rest,
        ...(contact && { contactErased: true }),
        text: ERASED_TEXT,
        textErased: true,
        ...(question.rating && { rating: { ...question.rating, reason: '' } }),
        rev: (question.rev ?? 0) + 1,
      };
      try {
        await this.transact([
          // As read: an answer committed meanwhile (a new status) is not overwritten; read again.
          {
            Put: {
              TableName: this.tableName,
              Item: { ...erased, ...questionKey(id) },
              ...this.unchangedSinceRead(
                question,
                '#status = :status',
                { '#status': 'status' },
                { ':status': question.status },
              ),
            },
          },
          {
            Put: {
              TableName: this.tableName,
              Item: { ...askerCopy(erased), ...askerKey(erased.askerId, erased.askedAt, id) },
            },
          },
          // An answered question has its answered copy; an open one its queue entry (which holds the contact).
          question.status === 'answered'
            ? this.answeredCopyPut(erased)
            : {
                Put: {
                  TableName: this.tableName,
                  Item: { ...erased, ...queueKey(erased.dueAt, id) },
                },
              },
          ...(question.rating
            ? [
                {
                  Update: {
                    TableName: this.tableName,
                    Key: answerRatingKey(id),
                    UpdateExpression: 'SET reason = :empty',
                    ExpressionAttributeValues: { ':empty': '' },
                  },
                },
              ]
            : []),
        ]);
        return true;
      } catch (error) {
        if (error instanceof StaleWriteError && attempt < CONFLICT_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  /** A change after the answer: the question's condition failed or a concurrent change held an item: read again. */
  private async transact(items: TransactWriteItem[]) {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons[0]?.Code === 'ConditionalCheckFailed') throw new StaleWriteError();
      if (conflicted(reasons)) {
        await backOff(1 + Math.floor(Math.random() * 3));
        throw new StaleWriteError();
      }
      throw error;
    }
  }
}
