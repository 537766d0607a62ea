/**
 * The composition root, by name: each feature's adapters and use-case dependencies are built in
 * its own file under wiring/, from the environment parsed once in config.ts. These re-exports keep
 * the names the handlers import until they import from wiring/ themselves.
 */
export { applicationDeps, applicationStore } from './wiring/applications';
export { auditLog, browseAuditDeps } from './wiring/audit';
export { auditDeps, clock, documentClient, ids, table } from './wiring/base';
export { calendarStore } from './wiring/calendars';
export { commentDeps, commentStore, moderationDeps } from './wiring/consultations';
export { contentStore, publicCache, ratingDeps, ratingStore, topicStore, voteDeps, voteStore, workflowDeps, workflowStore } from './wiring/content';
export { importDeps, importJobStore } from './wiring/guides';
export { authorizeDeps, sessionTokens, signInDeps, signInThrottle, staffDeps, staffStore, userStore } from './wiring/identity';
export { mediaDeps, mediaRecords, mediaStorage } from './wiring/media';
export { creditLedger, deliverDeps, dispatchDeps, jobQueue, queuesConfigured, releaseDeps, releaseStore } from './wiring/notifications';
export { erasureLists, healthProbe } from './wiring/operations';
export { questionDeps, questionStore } from './wiring/questions';
export { submissionGuard } from './wiring/submissions';
export { mySubscriptionDeps, subscriberDirectory, subscriptionDeps, subscriptionStore } from './wiring/subscriptions';
export { accessTokens, contentCheck, messageSender, wechatAuth } from './wiring/wechat';
export { publicWebUrl, templateIds } from './config';
