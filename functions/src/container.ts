import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from './adapters/dynamo/client';
import { DynamoAuditLog } from './adapters/dynamo/audit-log';
import { DynamoContentStore } from './adapters/dynamo/content-store';
import { DynamoStaffStore } from './adapters/dynamo/staff-store';
import { DynamoUserStore } from './adapters/dynamo/user-store';
import { DynamoVoteStore } from './adapters/dynamo/vote-store';
import { DynamoRatingStore } from './adapters/dynamo/rating-store';
import { DynamoImportJobStore } from './adapters/dynamo/import-job-store';
import { DynamoTopicStore } from './adapters/dynamo/topic-store';
import { DynamoCalendarStore } from './adapters/dynamo/calendar-store';
import { DynamoQuestionStore } from './adapters/dynamo/question-store';
import { DynamoCommentStore } from './adapters/dynamo/comment-store';
import { SubmissionGuard } from './adapters/dynamo/submission-guard';
import { DynamoSignInThrottle } from './adapters/dynamo/sign-in-throttle';
import { DynamoApplicationStore } from './adapters/dynamo/application-store';
import { DynamoSubscriptionStore } from './adapters/dynamo/subscription-store';
import { DynamoCreditLedger } from './adapters/dynamo/credit-ledger';
import { templateIdsFrom } from './domain/subscriptions/templates';
import { HttpContentCheck } from './adapters/wechat/http-content-check';
import { WeChatAccessTokens } from './adapters/wechat/access-tokens';
import { HttpMessageSender, isMiniprogramState, MINIPROGRAM_STATES } from './adapters/wechat/http-message-sender';
import { DynamoTokenCache } from './adapters/dynamo/token-cache';
import { DynamoReleaseStore } from './adapters/dynamo/release-store';
import { DynamoHealthProbe } from './adapters/dynamo/health-probe';
import { InProcessQueue } from './adapters/queue/in-process-queue';
import { SqsQueue } from './adapters/queue/sqs-queue';
import { deliverBatch } from './adapters/queue/deliver-batch';
import type { JobQueue } from './ports/job-queue';
import { DynamoWorkflowStore } from './adapters/dynamo/workflow-store';
import { DynamoMediaRecords } from './adapters/dynamo/media-store';
import { S3MediaStorage } from './adapters/s3/s3-media-storage';
import { CloudFrontInvalidations } from './adapters/cdn/cloudfront-invalidations';
import { ulidIds } from './adapters/system/ulid-ids';
import { DynamoErasureLists } from './adapters/dynamo/erasure-lists';
import { shiftedClock } from './adapters/system/shifted-clock';
import { JwtSessionTokens } from './adapters/tokens/jwt-session-tokens';
import { HttpWeChatAuth } from './adapters/wechat/http-wechat-auth';
import { optionalEnv, positiveIntegerEnv, requireEnv } from './commons/config';
import { addressKey, fingerprintKey } from './commons/secrets';
import { systemClock } from './ports/clock';

/**
 * The composition root: adapters built once per Lambda container, on first use (so a test can
 * set the environment before importing a handler), and shared by every request it serves.
 */
// `once` calls are marked pure so a bundle keeps only the adapters its handler uses.
const once = <T>(build: () => T) => {
  let value: T | undefined;
  return () => (value ??= build());
};

export const documentClient: () => DynamoDBDocumentClient = /* @__PURE__ */ once(() =>
  createDocumentClient({ endpoint: optionalEnv('DYNAMODB_ENDPOINT'), region: optionalEnv('AWS_REGION') }),
);
export const table = () => requireEnv('TABLE_NAME');

export const contentStore = /* @__PURE__ */ once(() => new DynamoContentStore(documentClient(), table()));
export const userStore = /* @__PURE__ */ once(() => new DynamoUserStore(documentClient(), table()));
export const voteStore = /* @__PURE__ */ once(() => new DynamoVoteStore(documentClient(), table()));
export const ratingStore = /* @__PURE__ */ once(() => new DynamoRatingStore(documentClient(), table()));
export const importJobStore = /* @__PURE__ */ once(() => new DynamoImportJobStore(documentClient(), table()));
export const topicStore = /* @__PURE__ */ once(() => new DynamoTopicStore(documentClient(), table()));
export const calendarStore = /* @__PURE__ */ once(() => new DynamoCalendarStore(documentClient(), table()));
export const commentStore = /* @__PURE__ */ once(() => new DynamoCommentStore(documentClient(), table(), submissionGuard()));
// Source addresses are counted under a keyed hash, and client keys record keyed fingerprints, their
// keys derived from a secret of its own (see submission-guard.ts).
export const submissionGuard = /* @__PURE__ */ once(
  () =>
    new SubmissionGuard(documentClient(), table(), {
      address: () => addressKey(requireEnv('ADDRESS_SECRET')),
      fingerprint: () => fingerprintKey(requireEnv('ADDRESS_SECRET')),
    }),
);
export const questionStore = /* @__PURE__ */ once(() => new DynamoQuestionStore(documentClient(), table(), submissionGuard()));
export const applicationStore = /* @__PURE__ */ once(() => new DynamoApplicationStore(documentClient(), table(), submissionGuard()));
export const erasureLists = /* @__PURE__ */ once(() => new DynamoErasureLists(documentClient(), table()));
// Subscriptions (issue 7): the template of each message kind (environment, sandbox ids by default);
// who subscribed to what, which is also the fan-out's SubscriberDirectory; the one-time credits.
export const templateIds = /* @__PURE__ */ once(() => templateIdsFrom(process.env));
export const subscriptionStore = /* @__PURE__ */ once(() => new DynamoSubscriptionStore(documentClient(), table()));
export const subscriberDirectory = subscriptionStore;
export const creditLedger = /* @__PURE__ */ once(() => new DynamoCreditLedger(documentClient(), table(), templateIds()));
/** One access_token for every WeChat call of every function: shared through the table (issue 7). */
export const accessTokens = /* @__PURE__ */ once(
  () =>
    new WeChatAccessTokens({
      baseUrl: requireEnv('WECHAT_API_BASE'),
      appid: requireEnv('WECHAT_APPID'),
      secret: requireEnv('WECHAT_SECRET'),
      cache: new DynamoTokenCache(documentClient(), table()),
      timeoutMs: wechatTimeoutMs(),
    }),
);
export const contentCheck = /* @__PURE__ */ once(() => new HttpContentCheck({ baseUrl: requireEnv('WECHAT_API_BASE'), tokens: accessTokens() }));
export const messageSender = /* @__PURE__ */ once(
  () => new HttpMessageSender({ baseUrl: requireEnv('WECHAT_API_BASE'), tokens: accessTokens(), miniprogramState: miniprogramState(), timeoutMs: wechatTimeoutMs() }),
);
export const staffStore = /* @__PURE__ */ once(() => new DynamoStaffStore(documentClient(), table()));
export const workflowStore = /* @__PURE__ */ once(() => new DynamoWorkflowStore(documentClient(), table()));
export const auditLog = /* @__PURE__ */ once(() => new DynamoAuditLog(documentClient(), table()));
export const sessionTokens = /* @__PURE__ */ once(() => new JwtSessionTokens(requireEnv('SESSION_SECRET')));
export const wechatAuth = /* @__PURE__ */ once(
  () => new HttpWeChatAuth({ baseUrl: requireEnv('WECHAT_API_BASE'), appid: requireEnv('WECHAT_APPID'), secret: requireEnv('WECHAT_SECRET') }),
);
export const ids = /* @__PURE__ */ once(ulidIds);
export const clock = optionalEnv('LOCAL_CLOCK_FILE') ? shiftedClock(requireEnv('LOCAL_CLOCK_FILE')) : systemClock;
export const mediaStorage = /* @__PURE__ */ once(
  () =>
    new S3MediaStorage({
      bucket: requireEnv('MEDIA_BUCKET'),
      publicUrl: requireEnv('MEDIA_PUBLIC_URL'),
      uploadUrl: optionalEnv('MEDIA_UPLOAD_URL'),
      endpoint: optionalEnv('S3_ENDPOINT'),
      region: optionalEnv('AWS_REGION'),
    }),
);
/** Which uploads passed their check: written by the confirmation, read by every draft save. */
export const mediaRecords = /* @__PURE__ */ once(() => new DynamoMediaRecords(documentClient(), table()));
/** Which version of the mini-program a subscription message opens; a typo fails at cold start. */
function miniprogramState() {
  const state = optionalEnv('WECHAT_MINIPROGRAM_STATE') ?? 'formal';
  if (!isMiniprogramState(state)) throw new Error(`WECHAT_MINIPROGRAM_STATE must be one of ${MINIPROGRAM_STATES.join(', ')}, got "${state}"`);
  return state;
}

/** How long one WeChat call may take (ms); a send that runs out of it counts as unknown. */
function wechatTimeoutMs() {
  return optionalEnv('WECHAT_TIMEOUT_MS') === undefined ? undefined : positiveIntegerEnv('WECHAT_TIMEOUT_MS', 0);
}


/** The CDN in front of public reads, in AWS stages; none locally (CDN_DISTRIBUTION_ID empty). */
export const publicCache = /* @__PURE__ */ once(() => {
  const distributionId = optionalEnv('CDN_DISTRIBUTION_ID');
  return distributionId ? new CloudFrontInvalidations({ distributionId, region: optionalEnv('AWS_REGION') ?? 'us-east-1', endpoint: optionalEnv('AWS_ENDPOINT_URL_CLOUDFRONT') }) : undefined;
});

/** Where residents open items in a browser: links in the Atom feed and open data. */
export const publicWebUrl = () => optionalEnv('PUBLIC_WEB_URL') ?? 'http://127.0.0.1:10086';

/** The dependencies each group of use cases takes. */
export const auditDeps = () => ({ clock, ids: ids() });
export const workflowDeps = () => ({
  ...auditDeps(),
  workflow: workflowStore(),
  media: { publicUrl: requireEnv('MEDIA_PUBLIC_URL'), records: mediaRecords() },
  topics: topicStore(),
  templates: templateIds(),
  kickReleases: kickReleases(),
  publicCache: publicCache(),
});
export const staffDeps = () => ({ ...auditDeps(), staff: staffStore() });
export const signInThrottle = /* @__PURE__ */ once(() => new DynamoSignInThrottle(documentClient(), table(), submissionGuard()));
export const signInDeps = () => ({
  ...auditDeps(),
  wechat: wechatAuth(),
  users: userStore(),
  staff: staffStore(),
  tokens: sessionTokens(),
  audit: auditLog(),
  throttle: signInThrottle(),
  signInsPerMinute: positiveIntegerEnv('SIGN_IN_LIMIT_PER_MINUTE', 600),
});
export const authorizeDeps = () => ({ tokens: sessionTokens(), staff: staffStore() });
export const browseAuditDeps = () => ({ audit: auditLog(), clock });
export const voteDeps = () => ({ votes: voteStore(), clock });
export const ratingDeps = () => ({ ratings: ratingStore(), clock });
export const mediaDeps = () => ({ media: mediaStorage(), records: mediaRecords(), ids: ids(), clock });
export const questionDeps = () => ({ ...auditDeps(), templates: templateIds(), kickReleases: kickReleases(), questions: questionStore(), calendars: calendarStore(), contentCheck: contentCheck(), users: userStore(), submissions: submissionGuard() });
export const applicationDeps = () => ({ ...auditDeps(), templates: templateIds(), kickReleases: kickReleases(), applications: applicationStore(), calendars: calendarStore(), contentCheck: contentCheck(), users: userStore(), submissions: submissionGuard() });
export const importDeps = () => ({ ...workflowDeps(), files: mediaStorage(), jobs: importJobStore() });
export const commentDeps = () => ({ ...auditDeps(), comments: commentStore(), content: contentStore(), contentCheck: contentCheck(), users: userStore(), submissions: submissionGuard() });
export const moderationDeps = () => ({ ...auditDeps(), templates: templateIds(), kickReleases: kickReleases(), publicCache: publicCache(), comments: commentStore(), content: contentStore() });
export const mySubscriptionDeps = () => ({ subscriptions: subscriptionStore(), templates: templateIds() });
export const subscriptionDeps = () => ({ ...mySubscriptionDeps(), clock, users: userStore(), questions: questionStore(), applications: applicationStore(), content: contentStore() });

// Release notifications (issue 7): releases and their claims; the queue between the fan-out and the
// worker (SQS when its URLs are configured, else the same worker in this process); and, locally,
// a nudge that starts the fan-out right after a publish instead of at its next minute.
export const healthProbe = /* @__PURE__ */ once(() => new DynamoHealthProbe(documentClient(), table()));
export const releaseStore = /* @__PURE__ */ once(() => new DynamoReleaseStore(documentClient(), table()));
/** Whether send jobs go to SQS (AWS stages) rather than to the worker in this process (local, tests). */
export const queuesConfigured = () => Boolean(optionalEnv('NOTIFY_QUEUE_URGENT_URL') && optionalEnv('NOTIFY_QUEUE_ROUTINE_URL'));
export const jobQueue = /* @__PURE__ */ once((): JobQueue => {
  const urgent = optionalEnv('NOTIFY_QUEUE_URGENT_URL');
  const routine = optionalEnv('NOTIFY_QUEUE_ROUTINE_URL');
  if (urgent && routine) {
    // Loaded only where queues exist: the SQS client stays out of the local path's memory.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SQSClient } = require('@aws-sdk/client-sqs') as typeof import('@aws-sdk/client-sqs');
    return new SqsQueue(new SQSClient({ region: optionalEnv('AWS_REGION') }), { urgent, routine });
  }
  // The worker called directly, not through a dynamic import of its handler: esbuild cannot
  // tree-shake a module it must wrap for import(), and that put every DynamoDB command in every bundle.
  return new InProcessQueue((event) => deliverBatch(deliverDeps(), event), { maxReceives: 4, retryDelayMs: 1000, concurrency: 4 });
});
export const deliverDeps = () => ({ releases: releaseStore(), sender: messageSender(), credits: creditLedger(), clock, items: contentStore() });
export const dispatchDeps = () => ({ releases: releaseStore(), subscribers: subscriberDirectory(), queue: jobQueue(), clock, items: contentStore() });
export const releaseDeps = () => ({ releases: releaseStore(), clock, queue: jobQueue() });
/** Locally (serverless-offline's Lambda endpoint in LOCAL_DISPATCH_URL): invoke the fan-out now, without waiting for it. */
function kickReleases(): (() => Promise<void>) | undefined {
  const url = optionalEnv('LOCAL_DISPATCH_URL');
  if (!url) return undefined;
  return () =>
    fetch(url, { method: 'POST', headers: { 'X-Amz-Invocation-Type': 'Event' }, body: '{}' }).then(
      () => undefined,
      () => undefined, // the minute's run picks it up
    );
}
