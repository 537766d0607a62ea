import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DynamoCreditLedger } from '../adapters/dynamo/credit-ledger';
import { DynamoReleaseStore } from '../adapters/dynamo/release-store';
import { InProcessQueue } from '../adapters/queue/in-process-queue';
import { batchResponse, deliveriesOf } from '../adapters/queue/sqs-event';
import { SqsQueue } from '../adapters/queue/sqs-queue';
import { logger } from '../commons/logger';
import { notifyQueues, templateIds } from '../config';
import { deliver, MAX_DELIVERIES, type DeliverDeps } from '../domain/notifications/deliver';
import type { DispatchDeps } from '../domain/notifications/dispatch';
import type { RetryReleaseDeps } from '../domain/notifications/staff-releases';
import type { JobQueue } from '../ports/job-queue';
import { clock, documentClient, table, tableStore } from './base';
import { contentStore } from './content';
import { once } from './once';
import { subscriberDirectory } from './subscriptions';
import { messageSender } from './wechat';

// Release notifications (issue 7): releases and their claims, the one-time credits, and the queue
// between the fan-out and the worker (SQS when its URLs are configured, else the same worker in
// this process).
export const releaseStore = /* @__PURE__ */ tableStore(DynamoReleaseStore);
export const creditLedger = /* @__PURE__ */ once(
  () => new DynamoCreditLedger(documentClient(), table(), templateIds()),
);

/** Whether send jobs go to SQS (AWS stages) rather than to the worker in this process (local, tests). */
export const queuesConfigured = () => Boolean(notifyQueues());
export const jobQueue = /* @__PURE__ */ once((): JobQueue => {
  const queues = notifyQueues();
  if (queues) {
    // Loaded only where queues exist: the SQS client stays out of the local path's memory.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SQSClient } = require('@aws-sdk/client-sqs') as typeof import('@aws-sdk/client-sqs');
    return new SqsQueue(new SQSClient({ region: queues.region }), queues);
  }
  // The worker called directly, not through a dynamic import of its handler: esbuild cannot
  // tree-shake a module it must wrap for import(), and that put every DynamoDB command in every bundle.
  return new InProcessQueue((event) => deliverBatch(deliverDeps(), event), {
    maxReceives: MAX_DELIVERIES,
    retryDelayMs: 1000,
    concurrency: 4,
  });
});

export const deliverDeps = (): DeliverDeps => ({
  releases: releaseStore(),
  sender: messageSender(),
  credits: creditLedger(),
  clock,
  items: contentStore(),
});
export const dispatchDeps = (): DispatchDeps => ({
  releases: releaseStore(),
  subscribers: subscriberDirectory(),
  queue: jobQueue(),
  clock,
  items: contentStore(),
});
export const releaseDeps = (): RetryReleaseDeps => ({
  releases: releaseStore(),
  clock,
  queue: jobQueue(),
});

/**
 * One SQS batch through the worker: each message one send, the batch claimed and settled together. A body that is not a send job is
 * dropped with a log line (delivering it again would not mend it); failures are reported per
 * message, so SQS delivers again only those. Shared by the SQS handler and the in-process queue.
 */
export async function deliverBatch(deps: DeliverDeps, event: SQSEvent): Promise<SQSBatchResponse> {
  const { deliveries, malformed } = deliveriesOf(event);
  if (malformed.length) logger.error('malformed send jobs dropped', { messageIds: malformed });
  return batchResponse(await deliver(deps, deliveries));
}
