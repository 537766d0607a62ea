import { type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { chinaInstant, type QuestionKind, type RatingScore } from '@sunshine/shared';
import type {
  ApplicationCase,
  QuestionCase,
  ServiceLevelSource,
} from '../../ports/service-level-source';
import {
  ANSWERED_QUESTIONS_PK,
  APPLICATION_QUEUE_PK,
  QUESTION_QUEUE_PK,
  reportApplicationsPk,
} from './keys';
import { queryEvery } from './query-every';

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * The cases the service levels count, read by the partitions that list them already: answered
 * questions by answer time and the questions' queue (#173); the report index of applications and
 * their queue (#174). Projected to dates, deadlines and scores: never text, contact or asker.
 */
export class DynamoServiceLevelSource implements ServiceLevelSource {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private every(input: Omit<QueryCommandInput, 'TableName'>) {
    return queryEvery(this.client, this.tableName, input);
  }

  /** Pattern 173. */
  async questionsOfYear(year: number): Promise<QuestionCase[]> {
    const from = chinaInstant(`${year}-01-01`).toISOString();
    const to = chinaInstant(`${year + 1}-01-01`).toISOString();
    const askedInYear = {
      FilterExpression: 'askedAt >= :from AND askedAt < :to',
      ProjectionExpression:
        'id, kind, askedAt, dueAt, dueApproximate, answer.#at, rating.score, office',
      ExpressionAttributeNames: { '#at': 'at' },
    };
    const [answered, open] = await Promise.all([
      // Answered since the year began: every question asked in it and answered is among them.
      this.every({
        ...askedInYear,
        KeyConditionExpression: 'pk = :pk AND sk >= :from',
        ExpressionAttributeValues: { ':pk': ANSWERED_QUESTIONS_PK, ':from': from, ':to': to },
      }),
      this.every({
        ...askedInYear,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': QUESTION_QUEUE_PK, ':from': from, ':to': to },
      }),
    ]);
    const byId = new Map<string, QuestionCase>();
    for (const item of [...answered, ...open]) {
      const answer = item.answer as { at?: string } | undefined;
      const rating = item.rating as { score?: RatingScore } | undefined;
      byId.set(String(item.id), {
        id: String(item.id),
        kind: item.kind as QuestionKind,
        askedAt: String(item.askedAt),
        dueAt: String(item.dueAt),
        dueApproximate: item.dueApproximate === true,
        ...(answer?.at && { answeredAt: answer.at }),
        ...(rating?.score !== undefined && { score: rating.score }),
        ...(text(item.office) && { office: text(item.office) }),
      });
    }
    return [...byId.values()];
  }

  /** Pattern 174. */
  async applicationsOfYear(year: number): Promise<ApplicationCase[]> {
    const [indexed, open] = await Promise.all([
      this.every({
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :year)',
        ExpressionAttributeValues: { ':pk': reportApplicationsPk(year), ':year': `${year}-` },
        ProjectionExpression: 'id, receivedOn, endedOn, dueOn, dueApproximate, office',
      }),
      // An open case's deadline moves with each step; the queue holds the current one.
      this.every({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': APPLICATION_QUEUE_PK },
        ProjectionExpression: 'id, dueOn, dueApproximate',
      }),
    ]);
    const current = new Map(open.map((item) => [String(item.id), item]));
    return indexed.map((item) => {
      const ended = text(item.endedOn);
      const deadline = (!ended && current.get(String(item.id))) || item;
      const dueOn = text(deadline.dueOn);
      return {
        id: String(item.id),
        receivedOn: String(item.receivedOn),
        ...(dueOn && { dueOn }),
        // An entry indexed before #175 holds no deadline: its figures are marked approximate.
        dueApproximate: deadline.dueApproximate !== false,
        ...(ended && { endedOn: ended }),
        ...(text(item.office) && { office: text(item.office) }),
      };
    });
  }
}
