import { DynamoQuestionStore } from '../adapters/dynamo/question-store';
import type { QuestionDeps } from '../domain/questions/questions';
import { auditDeps, documentClient, table } from './base';
import { calendarStore } from './calendars';
import { userStore } from './identity';
import { notifyDeps } from './notify';
import { once } from './once';
import { submissionGuard } from './submissions';
import { contentCheck } from './wechat';

export const questionStore = /* @__PURE__ */ once(() => new DynamoQuestionStore(documentClient(), table(), submissionGuard()));
export const questionDeps = (): QuestionDeps => ({
  ...auditDeps(),
  ...notifyDeps(),
  questions: questionStore(),
  calendars: calendarStore(),
  contentCheck: contentCheck(),
  users: userStore(),
  submissions: submissionGuard(),
});
