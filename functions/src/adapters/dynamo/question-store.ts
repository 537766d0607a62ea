import type { CancellationReason } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AnswerRating, AnswerRatingsView, QuestionKind } from '@sunshine/shared';
import type { AuditEntry } from '../../ports/audit-log';
import type { QuestionStore, StoredQuestion } from '../../ports/question-store';
import { StaleWriteError } from '../../ports/stale-write';
import type { ClientKeyUse, RecordedSubmission, SubmissionLimits, SubmissionSource } from '../../ports/submission-guard';
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
  retentionMarkKey,
} from './keys';
import type { SubmissionGuard, TransactWriteItem } from './submission-guard';
import { workPut } from './workflow-store';
import { cancellationReasons } from './cancellation';

/** The asker's copy holds no contact: their list never carries it, even back to themselves. */
const askerCopy = ({ contact, ...question }: StoredQuestion) => question;
const strip = (item: Record<string, unknown>) => {
  const { pk, sk, ...rest } = item;
  return rest as unknown as StoredQuestion;
};
const conflicted = (reasons: CancellationReason[]) => reasons.some((reason) => reason.Code === 'TransactionConflict');
/** Concurrent transactions on one counter take turns: wait a little, at random, before the next try. */
const backOff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
const CONFLICT_ATTEMPTS = 5;

export class DynamoQuestionStore implements QuestionStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly guard: SubmissionGuard,
  ) {}

  async ask(question: StoredQuestion, clientKey: string, use: ClientKeyUse, source: SubmissionSource, limits: SubmissionLimits): Promise<{ created: true } | { existing: RecordedSubmission }> {
    const existing = async () => {
      const first = await this.guard.recorded(question.askerId, clientKey);
      return first && { existing: first };
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(
          new TransactWriteCommand({
            TransactItems: [
              this.guard.submissionPut(question.askerId, clientKey, use, { id: question.id, at: question.askedAt }),
              // Items 1 and 2: the person's and the address's counters of the hour.
              ...this.guard.items(source, limits, question.askedAt),
              { Put: { TableName: this.tableName, Item: { ...question, ...questionKey(question.id) }, ConditionExpression: 'attribute_not_exists(pk)' } },
              { Put: { TableName: this.tableName, Item: { ...askerCopy(question), ...askerKey(question.askerId, question.askedAt, question.id) } } },
              // The queue holds the whole question (staff read the queue in one Query, contact included).
              { Put: { TableName: this.tableName, Item: { ...question, ...queueKey(question.dueAt, question.id) } } },
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
    const result = await this.client.send(new GetCommand({ TableName: this.tableName, Key: questionKey(id), ConsistentRead: true }));
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
    const queue = await this.client.send(new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': QUESTION_QUEUE_PK }, Limit: limit }));
    return (queue.Items ?? []).map(strip);
  }

  async listAnswered(limit: number): Promise<StoredQuestion[]> {
    const answered = await this.client.send(
      new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': ANSWERED_QUESTIONS_PK }, ScanIndexForward: false, Limit: limit }),
    );
    return (answered.Items ?? []).map(strip);
  }

  async answer(question: StoredQuestion, audit: AuditEntry, release?: Release): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: { ...question, ...questionKey(question.id) }, ConditionExpression: '#status <> :answered', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':answered': 'answered' } } },
            { Put: { TableName: this.tableName, Item: { ...askerCopy(question), ...askerKey(question.askerId, question.askedAt, question.id) } } },
            { Delete: { TableName: this.tableName, Key: queueKey(question.dueAt, question.id) } },
            this.answeredCopyPut(question),
            auditPut(this.tableName, audit),
            // The reminder to the asker, if they asked for one: with the answer, or not at all.
            ...(release ? releasePuts(this.tableName, release) : []),
          ],
        }),
      );
    } catch (error) {
      if (cancellationReasons(error)[0]?.Code === 'ConditionalCheckFailed') throw new StaleWriteError();
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
      { Put: { TableName: this.tableName, Item: { ...askerCopy(rated), ...askerKey(rated.askerId, rated.askedAt, rated.id) } } },
      this.answeredCopyPut(rated),
      { Update: { TableName: this.tableName, Key: responderCounterKey(by.userId), ...counterUpdate(deltas, { scope: 'responder', userId: by.userId, displayName: by.displayName }) } },
      { Update: { TableName: this.tableName, Key: kindCounterKey(question.kind), ...counterUpdate(deltas, { scope: 'kind', kind: question.kind }) } },
      // The rating without who gave it: what staff read the reasons from.
      { Put: { TableName: this.tableName, Item: { ...answerRatingKey(question.id), ...rating, kind: question.kind, responderName: by.displayName } } },
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
    const [counters, ratings] = await Promise.all([query(ANSWER_COUNTER_PREFIX), query(ANSWER_RATING_PREFIX, recentLimit)]);
    const items = counters.Items ?? [];
    return {
      byResponder: items.filter((item) => item.scope === 'responder').map((item) => ({ responder: { userId: String(item.userId), displayName: String(item.displayName) }, ...countsOf(item) })),
      byKind: items.filter((item) => item.scope === 'kind').map((item) => ({ kind: item.kind as QuestionKind, ...countsOf(item) })),
      recent: (ratings.Items ?? [])
        .map((item) => ({ kind: item.kind, responderName: item.responderName, score: item.score, problems: item.problems ?? [], reason: item.reason ?? '', at: item.at }) as AnswerRatingsView['recent'][number])
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
    return { Put: { TableName: this.tableName, Item: { ...askerCopy(question), ...answeredKey(question.answer?.at ?? question.askedAt, question.id) } } };
  }

  /** SET some attributes of an answered question and its next `rev`, if it is still as read. */
  private changeQuestion(question: StoredQuestion, set: Record<string, unknown>, condition: string, values: Record<string, unknown>): TransactWriteItem {
    const read = question.rev ?? 0;
    const names = Object.fromEntries(Object.keys(set).map((attribute, i) => [`#c${i}`, attribute]));
    const setValues = Object.fromEntries(Object.values(set).map((value, i) => [`:c${i}`, value]));
    return {
      Update: {
        TableName: this.tableName,
        Key: questionKey(question.id),
        UpdateExpression: `SET ${Object.keys(names).map((name, i) => `${name} = :c${i}`).join(', ')}, #rev = :next`,
        ConditionExpression: `#status = :answered AND ${read === 0 ? 'attribute_not_exists(#rev)' : '#rev = :read'} AND ${condition}`,
        ExpressionAttributeNames: { ...names, '#status': 'status', '#rev': 'rev' },
        ExpressionAttributeValues: { ...setValues, ...values, ':answered': 'answered', ':next': read + 1, ...(read === 0 ? {} : { ':read': read }) },
      },
    };
  }

  /** A change after the answer: the question's condition failed or a concurrent change held an item: read again. */
  async eraseContacts(cutoff: string): Promise<number> {
    let erased = 0;
    // Answered questions: from where the last run stopped (the mark), to the cutoff.
    const mark = retentionMarkKey('ANSWERED_QUESTIONS');
    // Sort keys start with an ISO date, so '0' sorts before every one of them.
    const from = String((await this.client.send(new GetCommand({ TableName: this.tableName, Key: mark }))).Item?.until ?? '0');
    let startKey: Record<string, unknown> | undefined;
    // Nothing new since the last run (a clock set back, or the same day twice): nothing to read.
    if (cutoff > from) do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :cutoff',
          ExpressionAttributeValues: { ':pk': ANSWERED_QUESTIONS_PK, ':from': from, ':cutoff': cutoff },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const item of page.Items ?? []) if (await this.removeContact(questionKey(String(item.id)))) erased++;
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    if (cutoff > from) await this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...mark, until: cutoff } }));
    // Never answered, deadline long past: the question and its queue entry (few, if any).
    const open = await this.client.send(
      new QueryCommand({ TableName: this.tableName, KeyConditionExpression: 'pk = :pk AND sk < :cutoff', ExpressionAttributeValues: { ':pk': QUESTION_QUEUE_PK, ':cutoff': cutoff } }),
    );
    for (const item of open.Items ?? []) {
      if (item.contact === undefined) continue;
      await this.removeContact({ pk: String(item.pk), sk: String(item.sk) });
      if (await this.removeContact(questionKey(String(item.id)))) erased++;
    }
    return erased;
  }

  /** REMOVE contact where there is one (a new `rev`, so a write from an older read fails); false if there was none. */
  private async removeContact(Key: { pk: string; sk: string }): Promise<boolean> {
    try {
      await this.client.send(new UpdateCommand({ TableName: this.tableName, Key, UpdateExpression: 'REMOVE contact SET contactErased = :true ADD #rev :one', ConditionExpression: 'attribute_exists(contact)', ExpressionAttributeNames: { '#rev': 'rev' }, ExpressionAttributeValues: { ':true': true, ':one': 1 } }));
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

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
