import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { deliverBatch } from '../../wiring/notifications';
import { loadSecrets } from '../../commons/secrets';
import { deliverDeps } from '../../wiring/notifications';

/** The worker (SQS trigger, batches of 10, partial batch failures). */
export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  await loadSecrets(); // WeChat's appid and secret, for the sender
  return deliverBatch(deliverDeps(), event);
};
