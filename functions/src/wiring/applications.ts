import { DynamoApplicationStore } from '../adapters/dynamo/application-store';
import type { ApplicationDeps } from '../domain/applications/deps';
import { auditDeps, documentClient, table } from './base';
import { calendarStore } from './calendars';
import { userStore } from './identity';
import { notifyDeps } from './notify';
import { once } from './once';
import { submissionGuard } from './submissions';
import { contentCheck } from './wechat';

export const applicationStore = /* @__PURE__ */ once(() => new DynamoApplicationStore(documentClient(), table(), submissionGuard()));
export const applicationDeps = (): ApplicationDeps => ({
  ...auditDeps(),
  ...notifyDeps(),
  applications: applicationStore(),
  calendars: calendarStore(),
  contentCheck: contentCheck(),
  users: userStore(),
  submissions: submissionGuard(),
});
