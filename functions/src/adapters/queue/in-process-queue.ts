import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { DELIVERY_BATCH, type JobQueue, type Lane } from '../../ports/job-queue';
import type { SendJob } from '../../ports/release-store';
import { sqsRecord } from './sqs-event';

type Worker = (event: SQSEvent) => Promise<SQSBatchResponse>;

/**
 * The queue under `npm start` and in tests: delivers to the same worker handler as SQS would, with
 * SQS-shaped events in batches of `batchSize` (DELIVERY_BATCH unless told, as the SQS trigger's), and delivers again what the worker reports failed (its
 * partial batch response), with a growing pause, as SQS's visibility timeout does; after
 * `maxReceives` a message goes to `deadLetters`. Urgent batches are delivered before routine ones.
 */
export class InProcessQueue implements JobQueue {
  readonly deadLetters: SendJob[] = [];
  private readonly waiting: Record<Lane, Array<{ id: string; job: SendJob; receives: number }>> = {
    urgent: [],
    routine: [],
  };
  private draining?: Promise<void>;

  constructor(
    private readonly worker: Worker,
    private readonly options: {
      maxReceives: number;
      retryDelayMs: number;
      concurrency?: number;
      batchSize?: number;
    } = { maxReceives: 5, retryDelayMs: 50 },
  ) {}

  async enqueue(lane: Lane, jobs: SendJob[]): Promise<void> {
    this.waiting[lane].push(...jobs.map((job) => ({ id: randomUUID(), job, receives: 0 })));
    await this.drain();
  }

  /** Deliver until nothing waits; one drain at a time, so batches keep their order. */
  private drain(): Promise<void> {
    this.draining ??= this.run().finally(() => (this.draining = undefined));
    return this.draining;
  }

  /** `concurrency` loops (like concurrent Lambda invocations) each take the next batch, urgent first. */
  private async run(): Promise<void> {
    await Promise.all(Array.from({ length: this.options.concurrency ?? 1 }, () => this.loop()));
  }

  private async loop(): Promise<void> {
    for (;;) {
      const lane: Lane | undefined = this.waiting.urgent.length
        ? 'urgent'
        : this.waiting.routine.length
          ? 'routine'
          : undefined;
      if (!lane) return;
      const batch = this.waiting[lane]
        .splice(0, this.options.batchSize ?? DELIVERY_BATCH)
        .map((message) => ({ ...message, receives: message.receives + 1 }));
      // A worker that dies (throws) fails its whole batch, as a Lambda that crashes does on SQS.
      const response = await this.worker({
        Records: batch.map((message) => sqsRecord(lane, message.id, message.job, message.receives)),
      }).catch(() => ({
        batchItemFailures: batch.map((message) => ({ itemIdentifier: message.id })),
      }));
      const failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
      const again = batch.filter((message) => failed.has(message.id));
      if (!again.length) continue;
      await new Promise((resolve) =>
        setTimeout(
          resolve,
          this.options.retryDelayMs * Math.max(...again.map((message) => message.receives)),
        ),
      );
      for (const message of again) {
        if (message.receives >= this.options.maxReceives) this.deadLetters.push(message.job);
        else this.waiting[lane].push(message);
      }
    }
  }
}
