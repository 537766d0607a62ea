import { PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  ApplyInputSchema,
  validate,
  type ApplicationEventInput,
  type ApplyInput,
} from '@sunshine/shared';
import { DynamoApplicationStore } from '../../src/adapters/dynamo/application-store';
import { applicationKey } from '../../src/adapters/dynamo/keys';
import { DynamoReportApplicationSource } from '../../src/adapters/dynamo/report-application-source';
import { SubmissionGuard } from '../../src/adapters/dynamo/submission-guard';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import type { ApplicationDeps } from '../../src/domain/applications/deps';
import { recordApplicationEvent } from '../../src/domain/applications/handle';
import { submitApplication } from '../../src/domain/applications/submit';
import { createSuiteTable, recordCommands } from './support/table';

let table: Awaited<ReturnType<typeof createSuiteTable>>;
let deps: ApplicationDeps;
let source: DynamoReportApplicationSource;
let now = new Date();
let n = 0;

const DISCLOSER = { userId: 'u-discloser', roles: ['discloser' as const], displayName: '赵办理' };
const BASIS = '《中华人民共和国政府信息公开条例》第三十六条';

const form = (applicant: object = { type: 'person', name: '李明' }): ApplyInput => {
  const result = validate(ApplyInputSchema, {
    clientKey: `report-integration-${String(++n).padStart(6, '0')}`,
    applicant,
    identity:
      (applicant as { type: string }).type === 'organization'
        ? { type: 'credit_code', number: '91350100M000100Y43' }
        : { type: 'resident_id', number: '11010519491231002X' },
    contact: { phone: '13800000000' },
    description: '2026 年本区道路交通事故统计数据',
    delivery: { form: 'electronic', method: 'pickup' },
    consent: true,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

/** A resident applies at `at` (UTC instant); a new resident each time, so no hourly limit is met. */
async function applyAt(at: string, applicant?: object) {
  now = new Date(at);
  return (await submitApplication(deps, { userId: `u-${++n}`, roles: [] }, form(applicant))).id;
}

async function actAt(at: string, id: string, step: Record<string, unknown>) {
  now = new Date(at);
  const { version } = (await deps.applications.get(id))!;
  return recordApplicationEvent(deps, DISCLOSER, id, {
    ...step,
    version,
  } as ApplicationEventInput);
}

const reply = (outcome: string) => ({
  action: 'reply',
  outcome,
  basis: BASIS,
  alreadyPublic: false,
  text: '答复',
  detail: '理由',
});

beforeAll(async () => {
  table = await createSuiteTable('report-applications');
  const guard = new SubmissionGuard(table.client, table.tableName, {
    address: () => new Uint8Array(32),
    fingerprint: () => new Uint8Array(32),
  });
  const applications = new DynamoApplicationStore(table.client, table.tableName, guard);
  deps = {
    applications,
    submissions: guard,
    bureau: { get: async () => undefined },
    calendars: { get: async () => undefined, put: async () => 'written' },
    contentCheck: { check: async () => 'pass' },
    users: {
      get: async (userId) => ({ userId, openid: `o-${userId}`, createdAt: '' }),
      findByOpenid: async () => undefined,
      create: async () => '',
    },
    clock: { now: () => now },
    ids: ulidIds(),
  };
  source = new DynamoReportApplicationSource(table.client, table.tableName, applications);
});

afterAll(() => table.drop());

describe('the applications a year’s report counts', () => {
  let acrossTheYear: string;
  let withinTheYear: string;
  let stillOpen: string;

  beforeAll(async () => {
    // Filed 30 December 2026 (China), answered 10 January 2027.
    acrossTheYear = await applyAt('2026-12-30T02:00:00.000Z', {
      type: 'organization',
      category: 'research',
      name: '某研究所',
      legalRepresentative: '王某',
      contactPerson: '张某',
    });
    await actAt('2027-01-10T02:00:00.000Z', acrossTheYear, reply('partly_disclosed'));
    // Filed and ended in 2025.
    withinTheYear = await applyAt('2025-03-03T02:00:00.000Z');
    await actAt('2025-03-20T02:00:00.000Z', withinTheYear, reply('withheld_third_party'));
    // Filed in 2025 and still open: 上年结转 into 2026 and 2027.
    stillOpen = await applyAt('2025-12-01T02:00:00.000Z');
  });

  test('one filed 2026-12-30 and answered 2027-01-10 is in 2026’s list and in 2027’s, with its end', async () => {
    const entry = {
      id: acrossTheYear,
      receivedOn: '2026-12-30',
      applicantCategory: 'research',
      endedOn: '2027-01-10',
      outcome: 'partly_disclosed',
    };

    expect((await source.listForReportYear(2026)).find((e) => e.id === acrossTheYear)).toEqual(
      entry,
    );
    expect((await source.listForReportYear(2027)).find((e) => e.id === acrossTheYear)).toEqual(
      entry,
    );
  });

  test('one filed and ended in 2025 is in 2025’s list only', async () => {
    expect((await source.listForReportYear(2025)).map((e) => e.id)).toContain(withinTheYear);
    expect((await source.listForReportYear(2026)).map((e) => e.id)).not.toContain(withinTheYear);
    expect((await source.listForReportYear(2027)).map((e) => e.id)).not.toContain(withinTheYear);
  });

  test('one still open is counted in every year from its receipt, without an end', async () => {
    for (const year of [2025, 2026, 2027])
      expect((await source.listForReportYear(year)).find((e) => e.id === stillOpen)).toEqual({
        id: stillOpen,
        receivedOn: '2025-12-01',
        applicantCategory: 'natural_person',
      });
    expect((await source.listForReportYear(2024)).map((e) => e.id)).not.toContain(stillOpen);
  });

  test('a closing counts in its row, once, and the list costs two Queries, never a Scan', async () => {
    const closed = await applyAt('2027-02-01T02:00:00.000Z');
    await actAt('2027-02-01T03:00:00.000Z', closed, {
      action: 'request_correction',
      text: '请写明所需信息的时间范围',
    });
    await actAt('2027-03-01T02:00:00.000Z', closed, { action: 'close_uncorrected', note: '' });
    const sent = recordCommands(table.client);

    const list = await source.listForReportYear(2027);

    expect(list.filter((e) => e.id === closed)).toEqual([
      {
        id: closed,
        receivedOn: '2027-02-01',
        applicantCategory: 'natural_person',
        endedOn: '2027-03-01',
        outcome: 'other_uncorrected',
      },
    ]);
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
    expect(sent).toEqual(['QueryCommand', 'QueryCommand']);
  });

  test('the backfill indexes a case stored before the index, with its old reply kind mapped', async () => {
    const legacyId = '01JLEGACYREPORT00000000001';
    const legacy = {
      id: legacyId,
      applicantId: 'u-legacy',
      receivedAt: '2024-12-20T02:00:00.000Z',
      applicant: {
        type: 'organization',
        name: '某公司',
        legalRepresentative: '王',
        contactPerson: '张',
      },
      identity: { type: 'credit_code', masked: '9*************0Y43' },
      contact: { phone: '13800000000', address: '', postcode: '', email: '' },
      description: '旧申请',
      purpose: '',
      delivery: { form: 'paper', method: 'pickup' },
      status: 'replied',
      version: 2,
      heldForCheck: false,
      events: [
        { type: 'received', on: '2024-12-20', at: '2024-12-20T02:00:00.000Z' },
        {
          type: 'replied',
          on: '2025-01-08',
          at: '2025-01-08T02:00:00.000Z',
          by: { userId: 'u', displayName: '赵' },
        },
      ],
      dueApproximate: false,
      reply: {
        kind: 'not_held',
        text: '非本机关掌握',
        detail: '区统计局',
        on: '2025-01-08',
        by: { userId: 'u', displayName: '赵' },
      },
    };
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...legacy, ...applicationKey(legacyId) },
      }),
    );
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { pk: 'REPLIED#APPLICATIONS', sk: `2025-01-08#${legacyId}`, id: legacyId },
      }),
    );
    expect((await source.listForReportYear(2025)).map((e) => e.id)).not.toContain(legacyId);

    const indexed = await source.backfill();

    expect(indexed).toBeGreaterThanOrEqual(1);
    const expected = {
      id: legacyId,
      receivedOn: '2024-12-20',
      applicantCategory: 'other_organization',
      endedOn: '2025-01-08',
      outcome: 'unavailable_not_held',
    };
    expect((await source.listForReportYear(2024)).find((e) => e.id === legacyId)).toEqual(expected);
    expect((await source.listForReportYear(2025)).find((e) => e.id === legacyId)).toEqual(expected);
    // Again: nothing changes.
    await source.backfill();
    expect((await source.listForReportYear(2025)).filter((e) => e.id === legacyId)).toHaveLength(1);
  });
});
