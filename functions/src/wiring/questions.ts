import { DynamoQuestionStore } from '../adapters/dynamo/question-store';
import type { QuestionDeps } from '../domain/questions/questions';
import { auditDeps } from './base';
import { calendarStore } from './calendars';
import { userStore } from './identity';
import { notifyDeps } from './notify';
import { guardedStore, submissionGuard } from './submissions';
import { contentCheck } from './wechat';

export const questionStore = /* @__PURE__ */ guardedStore(DynamoQuestionStore);
export const questionDeps = (): QuestionDeps => ({
  ...auditDeps(),
  ...notifyDeps(),
  questions: questionStore(),
  calendars: calendarStore(),
  contentCheck: contentCheck(),
  users: userStore(),
  submissions: submissionGuard(),
});
