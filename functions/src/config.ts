import { MESSAGE_KINDS, type MessageKind } from '@sunshine/shared';
import type { S3MediaConfig } from './adapters/s3/s3-media-storage';
import { isMiniprogramState, MINIPROGRAM_STATES } from './adapters/wechat/http-message-sender';
import type { WeChatConfig } from './adapters/wechat/http-wechat-auth';
import { optionalEnv, positiveIntegerEnv, requireEnv } from './commons/config';
import type { TemplateIds } from './ports/notification-ports';
import { once } from './wiring/once';

/**
 * The functions' settings from the environment, for the wiring (the domain never reads it; the
 * commons read the few the request edge needs: SSM secrets, SigV4 credentials, the CDN's origin
 * mark; the erasure handler its run budget). Each section is parsed on its first use (so a test
 * sets the environment first, and a secret that SSM puts into the environment at the first
 * request is there by then), checked, frozen and kept for the container's life. Sections rather
 * than one object: a bundle keeps only the sections its handler's adapters read, as it keeps only
 * those adapters. A section is the options object of the adapter it configures, handed over as is.
 */

/** The table and where DynamoDB is (DynamoDB Local under `npm start` and the tests). */
export const tableConfig = /* @__PURE__ */ once(() =>
  Object.freeze({
    name: requireEnv('TABLE_NAME'),
    endpoint: optionalEnv('DYNAMODB_ENDPOINT'),
    region: optionalEnv('AWS_REGION'),
  }),
);

/** WeChat's server API (the sandbox locally) and the mini-program's credentials (secrets). */
export const wechatConfig = /* @__PURE__ */ once((): Readonly<WeChatConfig> =>
  Object.freeze({
    baseUrl: requireEnv('WECHAT_API_BASE'),
    appid: requireEnv('WECHAT_APPID'),
    secret: requireEnv('WECHAT_SECRET'),
  }),
);

/** Which version of the mini-program a subscription message opens. */
export const miniprogramState = /* @__PURE__ */ once(() => {
  const state = optionalEnv('WECHAT_MINIPROGRAM_STATE') ?? 'formal';
  // A typo fails at cold start, not at the first send.
  if (!isMiniprogramState(state))
    throw new Error(
      `WECHAT_MINIPROGRAM_STATE must be one of ${MINIPROGRAM_STATES.join(', ')}, got "${state}"`,
    );
  return state;
});

/** How long one WeChat call may take (ms); a send that runs out of it counts as unknown. */
export const wechatTimeoutMs = /* @__PURE__ */ once(() =>
  optionalEnv('WECHAT_TIMEOUT_MS') === undefined
    ? undefined
    : positiveIntegerEnv('WECHAT_TIMEOUT_MS', 0),
);

// Single values read by the one adapter built from each (itself built once): no cache of their own.
/** The key of session tokens (a secret). */
export const sessionSecret = () => requireEnv('SESSION_SECRET');
/** The secret the keys of address hashes and client-key fingerprints derive from (see submission-guard.ts). */
export const addressSecret = () => requireEnv('ADDRESS_SECRET');

/** Sign-in attempts allowed a minute from everyone together. */
export const signInsPerMinute = /* @__PURE__ */ once(() =>
  positiveIntegerEnv('SIGN_IN_LIMIT_PER_MINUTE', 600),
);

/** Media of interpretations: the bucket, where residents read it, and locally the S3-compatible server. */
export const mediaConfig = /* @__PURE__ */ once((): Readonly<S3MediaConfig> =>
  Object.freeze({
    bucket: requireEnv('MEDIA_BUCKET'),
    publicUrl: requireEnv('MEDIA_PUBLIC_URL'),
    uploadUrl: optionalEnv('MEDIA_UPLOAD_URL'),
    endpoint: optionalEnv('S3_ENDPOINT'),
    region: optionalEnv('AWS_REGION'),
  }),
);

/**
 * Where search snapshots are kept: the media bucket's private `search-index/` prefix (the bucket
 * policy opens `media/` only). Undefined without a bucket: search then always rebuilds.
 */
export const searchSnapshotStorage = /* @__PURE__ */ once(() => {
  const bucket = optionalEnv('MEDIA_BUCKET');
  return bucket
    ? Object.freeze({
        bucket,
        endpoint: optionalEnv('S3_ENDPOINT'),
        region: optionalEnv('AWS_REGION'),
      })
    : undefined;
});

/** Where residents read media: every draft save checks its media against it, and needs nothing else of media. */
export const mediaPublicUrl = () => requireEnv('MEDIA_PUBLIC_URL');

/** The CDN in front of public reads, in AWS stages; none locally (CDN_DISTRIBUTION_ID empty). */
export const cdnConfig = /* @__PURE__ */ once(() => {
  const distributionId = optionalEnv('CDN_DISTRIBUTION_ID');
  return distributionId
    ? Object.freeze({
        distributionId,
        region: optionalEnv('AWS_REGION') ?? 'us-east-1',
        endpoint: optionalEnv('AWS_ENDPOINT_URL_CLOUDFRONT'),
      })
    : undefined;
});

/** Where residents open items in a browser: links in the Atom feed and open data. */
export const publicWebUrl = () => optionalEnv('PUBLIC_WEB_URL') ?? 'http://127.0.0.1:10086';

/** The notification queues' URLs in AWS stages; none locally, where the worker runs in-process. */
export const notifyQueues = /* @__PURE__ */ once(() => {
  const urgent = optionalEnv('NOTIFY_QUEUE_URGENT_URL');
  const routine = optionalEnv('NOTIFY_QUEUE_ROUTINE_URL');
  return urgent && routine
    ? Object.freeze({ urgent, routine, region: optionalEnv('AWS_REGION') })
    : undefined;
});

/** Locally, serverless-offline's invoke URL of the fan-out, to start it right after a publish. */
export const localDispatchUrl = () => optionalEnv('LOCAL_DISPATCH_URL');

/** Locally, a file holding how far the clock is moved (`npm start`'s time travel); none in AWS. */
export const localClockFile = () => optionalEnv('LOCAL_CLOCK_FILE');

/** The WeChat sandbox's templates: what `npm start` and the tests send with when nothing is configured. */
export const SANDBOX_TEMPLATE_IDS: Record<MessageKind, string> = {
  release: 'TPL_POLICY_RELEASE',
  reply: 'TPL_REPLY',
  reminder: 'TPL_STAFF_REMINDER',
};

const TEMPLATE_ENV_NAMES: Record<MessageKind, string> = {
  release: 'WECHAT_TEMPLATE_RELEASE',
  reply: 'WECHAT_TEMPLATE_REPLY',
  reminder: 'WECHAT_TEMPLATE_REMINDER',
};

/**
 * Which WeChat template each kind of message uses, from the environment: `WECHAT_TEMPLATE_RELEASE`,
 * `WECHAT_TEMPLATE_REPLY` (ids from the mini-program's console), and `WECHAT_TEMPLATE_LONG_TERM`
 * listing the kinds whose template is long-term (e.g. `release`), comma-separated. A kind it does
 * not know, or two kinds on one template, fail at cold start: a typo here would otherwise
 * silently count credits that WeChat does not.
 */
export function templateIdsFrom(env: Record<string, string | undefined>): TemplateIds {
  const longTerm = (env.WECHAT_TEMPLATE_LONG_TERM ?? '')
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean);
  const unknown = longTerm.filter((kind) => !(MESSAGE_KINDS as readonly string[]).includes(kind));
  if (unknown.length)
    throw new Error(
      `WECHAT_TEMPLATE_LONG_TERM names unknown message kinds: ${unknown.join(', ')} (known: ${MESSAGE_KINDS.join(', ')})`,
    );
  const templates = Object.fromEntries(
    MESSAGE_KINDS.map((kind) => [
      kind,
      {
        templateId: env[TEMPLATE_ENV_NAMES[kind]]?.trim() || SANDBOX_TEMPLATE_IDS[kind],
        longTerm: longTerm.includes(kind),
      },
    ]),
  ) as TemplateIds;
  const ids = MESSAGE_KINDS.map((kind) => templates[kind].templateId);
  if (new Set(ids).size !== ids.length)
    throw new Error(
      'each message kind needs a template of its own (WECHAT_TEMPLATE_RELEASE, WECHAT_TEMPLATE_REPLY)',
    );
  return templates;
}

/** The template of each kind of message (issue 7). */
export const templateIds = /* @__PURE__ */ once(() => Object.freeze(templateIdsFrom(process.env)));
