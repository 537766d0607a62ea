import {
  PutCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { ApplicationStore } from '../../ports/application-store';
import type { ApplicationForReport, ReportApplicationSource } from '../../ports/report-sources';
import { legacyApplicantCategory } from './application-legacy';
import { reportIndexItems } from './application-report-index';
import { APPLICATION_QUEUE_PK, REPLIED_APPLICATIONS_PK, reportApplicationsPk } from './keys';
import { queryEvery } from './query-every';

/**
 * The applications the annual report counts (section 3), from the report index (#111, #112) and
 * the open queue: one Query of the year's partition, one of the queue; never a Scan.
 */
export class DynamoReportApplicationSource implements ReportApplicationSource {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly applications: Pick<ApplicationStore, 'get'>,
  ) {}

  private every(input: Omit<QueryCommandInput, 'TableName'>) {
    return queryEvery(this.client, this.tableName, input);
  }

  /** Pattern 113. */
  async listForReportYear(year: number): Promise<ApplicationForReport[]> {
    const firstDay = `${year}-01-01`;
    const [indexed, open] = await Promise.all([
      this.every({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': reportApplicationsPk(year) },
      }),
      // Open now and received before the year: open on its 1 January too (上年结转), not yet in
      // the year's partition, which an application enters from an earlier year only when it ends.
      this.every({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': APPLICATION_QUEUE_PK },
        ProjectionExpression: 'id, events[0], applicantCategory, applicant.#type',
        ExpressionAttributeNames: { '#type': 'type' },
      }),
    ]);
    const byId = new Map<string, ApplicationForReport>();
    for (const item of indexed) {
      const entry: ApplicationForReport = {
        id: String(item.id),
        receivedOn: String(item.receivedOn),
        applicantCategory: item.applicantCategory as ApplicationForReport['applicantCategory'],
        ...(item.endedOn !== undefined && {
          endedOn: String(item.endedOn),
          outcome: item.outcome as ApplicationForReport['outcome'],
        }),
        ...(item.feePaid !== undefined && {
          feePaid: item.feePaid as NonNullable<ApplicationForReport['feePaid']>,
        }),
      };
      byId.set(entry.id, entry);
    }
    for (const item of open) {
      const id = String(item.id);
      const receivedOn = String((item.events as Array<{ on: string }>)[0]?.on);
      if (byId.has(id) || !(receivedOn < firstDay)) continue;
      const category =
        (item.applicantCategory as ApplicationForReport['applicantCategory'] | undefined) ??
        legacyApplicantCategory((item.applicant as { type?: 'person' | 'organization' })?.type);
      byId.set(id, { id, receivedOn, applicantCategory: category });
    }
    return [...byId.values()].sort(
      (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id),
    );
  }

  /**
   * Pattern 114: index the applications received before the report index existed, open (the
   * queue) and ended (the retention list of replied and closed cases). Plain Puts of the values
   * the case holds: running it again, or over indexed cases, changes nothing. Answers how many.
   */
  async backfill(): Promise<number> {
    const ids = new Set<string>();
    for (const pk of [APPLICATION_QUEUE_PK, REPLIED_APPLICATIONS_PK])
      for (const item of await this.every({
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': pk },
        ProjectionExpression: 'id',
      }))
        ids.add(String(item.id));
    const puts: Record<string, unknown>[] = [];
    for (const id of ids) {
      const application = await this.applications.get(id);
      if (application) puts.push(...reportIndexItems(application));
    }
    // One PutItem each (no batch actions anywhere: the grants allow none); hundreds at most.
    for (const Item of puts)
      await this.client.send(new PutCommand({ TableName: this.tableName, Item }));
    return ids.size;
  }
}
