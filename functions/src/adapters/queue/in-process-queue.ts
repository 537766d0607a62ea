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
 *
 * `enqueue` answers once everything it queued is delivered (what a local fan-out job and the tests
 * expect), unless told a `backlog`: then, as SQS does for a fan-out in AWS, it answers as soon as no
 * more than that many messages wait, so the next page is read while this one is delivered; `idle()`
 * answers when nothing waits or is being delivered.
 */
export class InProcessQueue implements JobQueue {
  readonly deadLetters: SendJob[] = [];
  private readonly waiting: Record<Lane, Array<{ id: string; job: SendJob; receives: number }>> = {
    urgent: [],
    routine: [],
  };
  private draining?: Promise<void>;
  /** Failed messages in their pause before they are delivered again, and loops waiting on them. */
  private returning = 0;
  private readonly returnWaiters: Array<() => void> = [];
  /** Enqueuers waiting for the backlog to shrink to their limit. */
  private readonly enqueuers: Array<{ backlog: number; resolve: () => void }> = [];

  constructor(
    private readonly worker: Worker,
    private readonly options: {
      maxReceives: number;
      retryDelayMs: number;
      concurrency?: number;
      batchSize?: number;
      /** Messages that may still wait when `enqueue` answers; none unless told. */
      backlog?: number;
    } = { maxReceives: 5, retryDelayMs: 50 },
  ) {}

  async enqueue(lane: Lane, jobs: SendJob[]): Promise<void> {
    this.waiting[lane].push(...jobs.map((job) => ({ id: randomUUID(), job, receives: 0 })));
    void this.drain();
    const backlog = this.options.backlog ?? 0;
    if (!backlog) return this.idle();
    await new Promise<void>((resolve) => {
      this.enqueuers.push({ backlog, resolve });
      this.releaseEnqueuers();
    });
  }

  /** Resolves when nothing waits and no batch is being delivered. */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  private get waitingCount() {
    return this.waiting.urgent.length + this.waiting.routine.length;
  }

  /** Lets go the enqueuers whose backlog limit is met (all of them once the drain ends). */
  private releaseEnqueuers(drained = false) {
    for (let i = this.enqueuers.length - 1; i >= 0; i--) {
      const enqueuer = this.enqueuers[i]!;
      if (drained || this.waitingCount <= enqueuer.backlog) {
        this.enqueuers.splice(i, 1);
        enqueuer.resolve();
      }
    }
  }

  /** Deliver until nothing waits; one drain at a time, so batches keep their order. */
  private drain(): Promise<void> {
    this.draining ??= this.run().finally(() => {
      this.draining = undefined;
      // Messages queued as the last loops ended found this drain finishing: a new one takes them.
      if (this.waitingCount || this.returning) void this.drain();
      else this.releaseEnqueuers(true);
    });
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
      if (!lane) {
        // Messages on their way back (their pause not over) keep the drain going until they are in.
        if (!this.returning) return;
        await this.returned();
        continue;
      }
      const batch = this.waiting[lane]
        .splice(0, this.options.batchSize ?? DELIVERY_BATCH)
        .map((message) => ({ ...message, receives: message.receives + 1 }));
      this.releaseEnqueuers();
      // A worker that dies (throws) fails its whole batch, as a Lambda that crashes does on SQS.
      const response = await this.worker({
        Records: batch.map((message) => sqsRecord(lane, message.id, message.job, message.receives)),
      }).catch(() => ({
        batchItemFailures: batch.map((message) => ({ itemIdentifier: message.id })),
      }));
      const failed = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
      const again = batch.filter((message) => failed.has(message.id));
      if (again.length) this.giveBack(lane, again);
    }
  }

  /**
   * Failed messages come back after a pause that grows with their receives, as after SQS's
   * visibility timeout; meanwhile the loop that failed them takes the next batch, as a Lambda
   * instance does, rather than waiting out the pause itself.
   */
  private giveBack(lane: Lane, again: Array<{ id: string; job: SendJob; receives: number }>) {
    this.returning++;
    setTimeout(
      () => {
        this.returning--;
        for (const message of again) {
          if (message.receives >= this.options.maxReceives) this.deadLetters.push(message.job);
          else this.waiting[lane].push(message);
        }
        const waiters = this.returnWaiters.splice(0);
        for (const resolve of waiters) resolve();
      },
      this.options.retryDelayMs * Math.max(...again.map((message) => message.receives)),
    );
  }

  /** The next time messages come back from their pause. */
  private returned(): Promise<void> {
    return new Promise((resolve) => this.returnWaiters.push(resolve));
  }
}
