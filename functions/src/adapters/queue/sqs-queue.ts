import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { JobQueue, Lane } from '../../ports/job-queue';
import type { SendJob } from '../../ports/release-store';
import { SQS_BATCH } from './sqs-event';

/** The queue in AWS: one SQS queue per lane; jobs go in batches of 10, and a refused entry is sent again once. */
export class SqsQueue implements JobQueue {
  constructor(
    private readonly client: SQSClient,
    private readonly urls: Record<Lane, string>,
  ) {}

  async enqueue(lane: Lane, jobs: SendJob[]): Promise<void> {
    for (let start = 0; start < jobs.length; start += SQS_BATCH) {
      const entries = jobs
        .slice(start, start + SQS_BATCH)
        .map((job, index) => ({ Id: String(index), MessageBody: JSON.stringify(job) }));
      let pending = entries;
      for (let attempt = 0; pending.length && attempt < 2; attempt++) {
        const result = await this.client.send(
          new SendMessageBatchCommand({ QueueUrl: this.urls[lane], Entries: pending }),
        );
        const failed = new Set((result.Failed ?? []).map((failure) => failure.Id));
        pending = pending.filter((entry) => failed.has(entry.Id));
      }
      // Unqueued sends must not pass silently: the fan-out saves no progress past them and runs again.
      if (pending.length) throw new Error(`SQS refused ${pending.length} messages of a batch`);
    }
  }
}
