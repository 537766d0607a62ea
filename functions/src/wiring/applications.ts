import { DynamoApplicationStore } from '../adapters/dynamo/application-store';
import type { ApplicationDeps } from '../domain/applications/deps';
import { auditDeps } from './base';
import { bureauStore } from './bureau';
import { calendarStore } from './calendars';
import { userStore } from './identity';
import { notifyDeps } from './notify';
import { guardedStore, submissionGuard } from './submissions';
import { contentCheck } from './wechat';

export const applicationStore = /* @__PURE__ */ guardedStore(DynamoApplicationStore);
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
