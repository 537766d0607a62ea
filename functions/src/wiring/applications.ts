import { DynamoApplicationStore } from '../adapters/dynamo/application-store';
import type { ApplicationDeps } from '../domain/applications/deps';
import { DynamoReportApplicationSource } from '../adapters/dynamo/report-application-source';
import { auditDeps, documentClient, table } from './base';
import { once } from './once';
import { bureauStore } from './bureau';
import { calendarStore } from './calendars';
import { userStore } from './identity';
import { notifyDeps } from './notify';
import { guardedStore, submissionGuard } from './submissions';
import { contentCheck } from './wechat';

export const applicationStore = /* @__PURE__ */ guardedStore(DynamoApplicationStore);

/** The annual report's applications (section 3): received in a year, or carried into it. */
export const reportApplicationSource = /* @__PURE__ */ once(
  () => new DynamoReportApplicationSource(documentClient(), table(), applicationStore()),
);
export const applicationDeps = (): ApplicationDeps => ({
  ...auditDeps(),
  ...notifyDeps(),
  applications: applicationStore(),
  bureau: bureauStore(),
  calendars: calendarStore(),
  contentCheck: contentCheck(),
  users: userStore(),
  submissions: submissionGuard(),
});
