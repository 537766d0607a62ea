import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { batchResponse, deliveriesOf } from '../../adapters/queue/sqs-event';
import { logger } from '../../commons/logger';
import { loadSecrets } from '../../commons/secrets';
import { deliverDeps } from '../../container';
import { deliver } from '../../domain/notifications/deliver';

/**
 * The worker (SQS trigger, batches of 10, partial batch failures): each message one send. A body
 * that is not a send job is dropped with a log line (delivering it again would not mend it).
 */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  await loadSecrets(); // WeChat's appid and secret, for the sender
  const { deliveries, malformed } = deliveriesOf(event);
  if (malformed.length) logger.error('malformed send jobs dropped', { messageIds: malformed });
  return batchResponse(await deliver(deliverDeps(), deliveries));
};
