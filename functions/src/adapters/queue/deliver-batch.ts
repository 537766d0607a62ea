import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { logger } from '../../commons/logger';
import { deliver, type DeliverDeps } from '../../domain/notifications/deliver';
import { batchResponse, deliveriesOf } from './sqs-event';

/**
 * One SQS batch through the worker: each message one send. A body that is not a send job is
 * dropped with a log line (delivering it again would not mend it); failures are reported per
 * message, so SQS delivers again only those. Shared by the SQS handler and the in-process queue.
 */
export async function deliverBatch(deps: DeliverDeps, event: SQSEvent): Promise<SQSBatchResponse> {
  const { deliveries, malformed } = deliveriesOf(event);
  if (malformed.length) logger.error('malformed send jobs dropped', { messageIds: malformed });
  return batchResponse(await deliver(deps, deliveries));
}
