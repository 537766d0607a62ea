import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { Delivery, Lane } from '../../ports/job-queue';
import type { SendJob } from '../../ports/release-store';

/** SQS takes at most 10 messages a SendMessageBatch call (the worker's batches are larger: DELIVERY_BATCH). */
export const SQS_BATCH = 10;

/** An SQS-shaped record of a send job, as Lambda's SQS trigger delivers it. */
export function sqsRecord(
  lane: Lane,
  messageId: string,
  job: SendJob,
  receiveCount: number,
): SQSRecord {
  return {
    messageId,
    receiptHandle: messageId,
    body: JSON.stringify(job),
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:local:000000000000:sunshine-notify-${lane}`,
    awsRegion: 'local',
  };
}

/** The deliveries of an SQS event; a body that is not a send job is dropped (logged by the caller). */
export function deliveriesOf(event: SQSEvent): { deliveries: Delivery[]; malformed: string[] } {
  const deliveries: Delivery[] = [];
  const malformed: string[] = [];
  for (const record of event.Records ?? []) {
    try {
      const job = JSON.parse(record.body) as SendJob;
      if (
        typeof job.releaseId !== 'string' ||
        typeof job.userId !== 'string' ||
        typeof job.openid !== 'string'
      )
        throw new Error('not a send job');
      deliveries.push({
        messageId: record.messageId,
        receiveCount: Number(record.attributes.ApproximateReceiveCount) || 1,
        job,
      });
    } catch {
      malformed.push(record.messageId);
    }
  }
  return { deliveries, malformed };
}

export const batchResponse = (again: string[]): SQSBatchResponse => ({
  batchItemFailures: again.map((itemIdentifier) => ({ itemIdentifier })),
});
