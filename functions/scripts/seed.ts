// Seed demo content and demo staff into the table named by TABLE_NAME at DYNAMODB_ENDPOINT.
// Idempotent: what already exists (perhaps edited by staff since) is left as it is.
import { createDocumentClient } from '../src/adapters/dynamo/client';
import { DynamoCalendarStore } from '../src/adapters/dynamo/calendar-store';
import { DynamoStaffStore } from '../src/adapters/dynamo/staff-store';
import { DynamoUserStore } from '../src/adapters/dynamo/user-store';
import { DynamoBureauStore } from '../src/adapters/dynamo/bureau-store';
import { DynamoWorkflowStore } from '../src/adapters/dynamo/workflow-store';
import { DynamoNegativeListStore } from '../src/adapters/dynamo/negative-list-store';
import { ulidIds } from '../src/adapters/system/ulid-ids';
import { requireEnv } from '../src/commons/config';
import { systemClock } from '../src/ports/clock';
import { DEMO_CALENDARS } from '../src/seed/demo-calendars';
import { seedDemoBureau } from '../src/seed/demo-bureau';
import { numberEarlierItems } from '../src/domain/workflow/index-number';
import { seedDemoContent } from '../src/seed/seed-demo';
import { seedDemoNegativeList } from '../src/seed/demo-negative-list';
import { seedDemoStaff } from '../src/seed/seed-demo-staff';
import { reportIndexBackfill } from './index-applications';
import { DynamoApplicationStore } from '../src/adapters/dynamo/application-store';
import { SubmissionGuard } from '../src/adapters/dynamo/submission-guard';
import { addressKey, fingerprintKey } from '../src/commons/secrets';
import { seedDemoApplications } from '../src/seed/demo-applications';
import { DynamoContentStore } from '../src/adapters/dynamo/content-store';
import { DynamoLatePublications } from '../src/adapters/dynamo/late-publications';
import { DynamoReportApplicationSource } from '../src/adapters/dynamo/report-application-source';
import { contentDocumentSource } from '../src/domain/report/document-source';
import { seedDemoReport } from '../src/seed/demo-report';
import { DynamoConcernStore } from '../src/adapters/dynamo/concern-store';
import { seedDemoConcerns } from '../src/seed/demo-concerns';

// The sandbox derives openids from the appid and a test identity, as WeChat does per app.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { openidFor } = require('../../sandbox/control-api') as {
  openidFor: (appid: string, identity: string) => string;
};

async function main() {
  const client = createDocumentClient({ endpoint: requireEnv('DYNAMODB_ENDPOINT') });
  const table = requireEnv('TABLE_NAME');
  const auditDeps = { clock: systemClock, ids: ulidIds() };
  const workflow = new DynamoWorkflowStore(client, table);
  const bureau = new DynamoBureauStore(client, table);
  // The profile first: the 索引号 the backfill below gives carry its credit code, for good.
  const profile = await seedDemoBureau({ ...auditDeps, bureau });
  const content = await seedDemoContent({ ...auditDeps, workflow });
  // Demo items arrive as published long ago: numbered as the backfill numbers such items, by date.
  await numberEarlierItems({ workflow, bureau });
  const calendars = new DynamoCalendarStore(client, table);
  for (const calendar of DEMO_CALENDARS)
    await calendars.put(calendar, undefined, { onlyIfNew: true });
  await seedDemoNegativeList(new DynamoNegativeListStore(client, table));
  // A closed 一般关切 answered on time (never an open major one: its banner would stay).
  await seedDemoConcerns(new DynamoConcernStore(client, table));
  // Demo applications for the annual report's demo year, handled through the use cases at their dates.
  const secret = process.env.ADDRESS_SECRET || 'demo-seed';
  const guard = new SubmissionGuard(client, table, {
    address: () => addressKey(secret),
    fingerprint: () => fingerprintKey(secret),
  });
  const applicationStore = new DynamoApplicationStore(client, table, guard);
  const applications = await seedDemoApplications({
    ...auditDeps,
    applications: applicationStore,
    submissions: guard,
    bureau,
    calendars,
  });
  // Applications received before the report's index existed are put into it (data-model #114).
  await reportIndexBackfill(client, table).backfill();
  // The demo annual report last: its figures are computed from the records seeded above.
  const report = await seedDemoReport(
    { ...auditDeps, workflow },
    {
      applications: new DynamoReportApplicationSource(client, table, applicationStore),
      documents: contentDocumentSource(new DynamoContentStore(client, table)),
      latePublications: new DynamoLatePublications(client, table),
    },
  );
  // Published after the backfill above: numbered now, as the year's next 索引号.
  await numberEarlierItems({ workflow, bureau });
  const appid = requireEnv('WECHAT_APPID');
  const staff = await seedDemoStaff({
    ...auditDeps,
    users: new DynamoUserStore(client, table),
    staff: new DynamoStaffStore(client, table),
    openidOf: (identity) => openidFor(appid, identity),
  });
  console.log(
    `demo bureau: ${profile}; demo content: ${content.written} items published, ${content.existing} already present; demo annual report: ${report.written ? 'published' : 'already present'}; demo staff: ${staff.written} added, ${staff.existing} already present; demo applications: ${applications.written} added, ${applications.existing} already present`,
  );
  client.destroy();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
