import { DynamoCommentStore } from '../adapters/dynamo/comment-store';
import type { CommentDeps } from '../domain/consultations/comments';
import type { ExportCommentsDeps } from '../domain/consultations/export-comments';
import type { ModerationDeps } from '../domain/consultations/moderation';
import { officeListOf } from '../domain/bureau/offices';
import { auditDeps, clock } from './base';
import { bureauStore } from './bureau';
import { contentStore, publicCache } from './content';
import { exportFiles } from './exports';
import { userStore } from './identity';
import { notifyDeps } from './notify';
import { guardedStore, submissionGuard } from './submissions';
import { contentCheck } from './wechat';

export const commentStore = /* @__PURE__ */ guardedStore(DynamoCommentStore);
export const commentDeps = (): CommentDeps => ({
  ...auditDeps(),
  comments: commentStore(),
  content: contentStore(),
  contentCheck: contentCheck(),
  users: userStore(),
  submissions: submissionGuard(),
});
export const moderationDeps = (): ModerationDeps => ({
  ...auditDeps(),
  ...notifyDeps(),
  publicCache: publicCache(),
  comments: commentStore(),
  content: contentStore(),
  offices: officeListOf(bureauStore()),
});
export const exportCommentsDeps = (): ExportCommentsDeps => ({
  comments: commentStore(),
  content: contentStore(),
  files: exportFiles(),
  clock,
});
