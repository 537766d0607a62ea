import {
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { DueEntry, ErasureList, ErasureLists } from '../../ports/erasure';
import {
  ANSWERED_QUESTIONS_PK,
  APPLICATION_QUEUE_PK,
  CLOSING_CONSULTATIONS_PK,
  closingConsultationKey,
  QUESTION_QUEUE_PK,
  REPLIED_APPLICATIONS_PK,
  retentionMarkKey,
  RUNNING_APPLICATIONS_PREFIX,
  STOPPED_APPLICATIONS_PREFIX,
  WORK_FEED_PK,
  WORK_INDEX,
} from './keys';

/**
 * Where each list lives: a partition (or an index's), its key attributes, and the prefix its sort keys share.
 * Built in a pure call: a property read at the top level (WORK_INDEX.feed) otherwise kept it in every bundle.
 */
const RANGES: Record<
  ErasureList,
  { pk: string; prefix?: string; index?: { name: string; pkName: string; skName: string } }
> = /* @__PURE__ */ (() => ({
  changedItems: {
    pk: WORK_FEED_PK,
    index: { name: WORK_INDEX.feed, pkName: 'workFeedPk', skName: 'workSk' },
  },
  closedConsultations: { pk: CLOSING_CONSULTATIONS_PK },
  answeredQuestions: { pk: ANSWERED_QUESTIONS_PK },
  unansweredQuestions: { pk: QUESTION_QUEUE_PK },
  repliedApplications: { pk: REPLIED_APPLICATIONS_PK },
  overdueApplications: { pk: APPLICATION_QUEUE_PK, prefix: RUNNING_APPLICATIONS_PREFIX },
  stoppedApplications: { pk: APPLICATION_QUEUE_PK, prefix: STOPPED_APPLICATIONS_PREFIX },
}))();

function entryOf(list: ErasureList, item: Record<string, unknown>, position: string): DueEntry {
  if (list === 'changedItems') {
    const draft = item.draft as { kind: string; closesOn?: string };
    return {
      position,
      id: String(item.id),
      kind: draft.kind,
      published: Number(item.publishedVersion ?? 0) > 0,
      ...(draft.closesOn && { closesOn: draft.closesOn }),
    };
  }
  if (list === 'closedConsultations')
    return { position, id: String(item.id), scheduledFor: String(item.closesOn) };
  return { position, id: String(item.id) };
}

export class DynamoErasureLists implements ErasureLists {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async page(
    list: ErasureList,
    after: string | undefined,
    until: string,
    limit: number,
  ): Promise<DueEntry[]> {
    const { pk, prefix = '', index } = RANGES[list];
    // Every position starts with a date or an instant, so '0' sorts before all of them (a key value cannot be empty).
    const from = after ?? `${prefix}0`;
    const to = `${prefix}${until}`;
    // Nothing after the cursor is due yet (or the clock was set back).
    if (from >= to) return [];
    const [pkName, skName] = index ? [index.pkName, index.skName] : ['pk', 'sk'];
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        ...(index && { IndexName: index.name }),
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': pkName, '#sk': skName },
        ExpressionAttributeValues: { ':pk': pk, ':from': from, ':to': to },
        // BETWEEN includes the cursor's own entry, which is done: one more to make up for it.
        Limit: limit + 1,
      }),
    );
    return (result.Items ?? [])
      .filter((item) => item[skName] !== after)
      .slice(0, limit)
      .map((item) => entryOf(list, item, String(item[skName])));
  }

  async cursor(list: ErasureList): Promise<string | undefined> {
    const mark = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: retentionMarkKey(list),
        ConsistentRead: true,
      }),
    );
    return mark.Item?.after as string | undefined;
  }

  async saveCursor(list: ErasureList, position: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...retentionMarkKey(list), after: position },
      }),
    );
  }

  async scheduleConsultation(id: string, closesOn: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...closingConsultationKey(closesOn, id), id, closesOn },
      }),
    );
  }
}
