import { DynamoApplicationStore } from '../../src/adapters/dynamo/application-store';
import { DynamoCalendarStore } from '../../src/adapters/dynamo/calendar-store';
import { DynamoReportApplicationSource } from '../../src/adapters/dynamo/report-application-source';
import { SubmissionGuard } from '../../src/adapters/dynamo/submission-guard';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { systemClock } from '../../src/ports/clock';
import { DEMO_CALENDARS } from '../../src/seed/demo-calendars';
import { seedDemoApplications } from '../../src/seed/demo-applications';
import { createSuiteTable } from './support/table';

let table: Awaited<ReturnType<typeof createSuiteTable>>;

beforeAll(async () => {
  table = await createSuiteTable('demo-applications');
});

afterAll(() => table.drop());

test('the demo applications give the demo year the counts written by hand, and seeding again adds none', async () => {
  const guard = new SubmissionGuard(table.client, table.tableName, {
    address: () => new Uint8Array(32),
    fingerprint: () => new Uint8Array(32),
  });
  const applications = new DynamoApplicationStore(table.client, table.tableName, guard);
  const calendars = new DynamoCalendarStore(table.client, table.tableName);
  for (const calendar of DEMO_CALENDARS)
    await calendars.put(calendar, undefined, { onlyIfNew: true });
  const deps = {
    clock: systemClock,
    ids: ulidIds(),
    applications,
    submissions: guard,
    bureau: { get: async () => undefined },
    calendars,
  };

  const first = await seedDemoApplications(deps);
  const again = await seedDemoApplications(deps);
  const list = await new DynamoReportApplicationSource(
    table.client,
    table.tableName,
    applications,
  ).listForReportYear(2025);

  expect(first).toEqual({ written: 11, existing: 0 });
  expect(again).toEqual({ written: 0, existing: 11 });
  // By hand from demo-applications.ts: ten received in 2025 (five 自然人, one of each organization
  // kind), one carried in from 2024-12-23; ten ended in 2025; the one of 2025-12-29 carried on.
  const received = list.filter((each) => each.receivedOn >= '2025-01-01');
  const count = (values: string[]) =>
    values.reduce<Record<string, number>>((tally, value) => {
      tally[value] = (tally[value] ?? 0) + 1;
      return tally;
    }, {});
  expect(list).toHaveLength(11);
  expect(count(received.map((each) => each.applicantCategory))).toEqual({
    natural_person: 5,
    commercial: 1,
    research: 1,
    public_interest: 1,
    legal_service: 1,
    other_organization: 1,
  });
  expect(list.filter((each) => each.receivedOn < '2025-01-01')).toHaveLength(1);
  const ended = list.filter((each) => each.endedOn && each.endedOn <= '2025-12-31');
  expect(count(ended.map((each) => each.outcome!))).toEqual({
    disclosed: 3,
    partly_disclosed: 1,
    withheld_third_party: 1,
    withheld_process_information: 1,
    unavailable_not_held: 1,
    not_handled_repeated: 1,
    other_uncorrected: 1,
    other_unpaid_fee: 1,
  });
  // The fee of 2025-08-04's application: 120 pages, 31–100 at 10 元 and 101–120 at 20 元.
  expect(list.flatMap((each) => (each.feePaid ? [each.feePaid] : []))).toEqual([
    { amount: 1100, paidOn: '2025-08-11' },
  ]);
  expect(list.filter((each) => !each.endedOn || each.endedOn > '2025-12-31')).toEqual([
    expect.objectContaining({
      receivedOn: '2025-12-29',
      endedOn: '2026-01-09',
      outcome: 'disclosed',
    }),
  ]);
}, 120_000);
