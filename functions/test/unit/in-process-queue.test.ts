import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { InProcessQueue } from '../../src/adapters/queue/in-process-queue';
import type { SendJob } from '../../src/ports/release-store';

const jobs = (count: number): SendJob[] =>
  Array.from({ length: count }, (_, index) => ({
    releaseId: 'R1',
    userId: `u${index}`,
    openid: `o${index}`,
  }));

/** A worker that records each job it is given and, while its gate is shut, holds every batch. */
function gatedWorker(options: { failFirstReceiveOf?: Set<string> } = {}) {
  const delivered: string[] = [];
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const worker = async (event: SQSEvent): Promise<SQSBatchResponse> => {
    await gate;
    const failures = [];
    for (const record of event.Records) {
      const job = JSON.parse(record.body) as SendJob;
      const receives = Number(record.attributes.ApproximateReceiveCount);
      if (options.failFirstReceiveOf?.has(job.userId) && receives === 1)
        failures.push({ itemIdentifier: record.messageId });
      else delivered.push(job.userId);
    }
    return { batchItemFailures: failures };
  };
  return { worker, delivered, open: () => open() };
}

test('without a backlog, enqueue answers only once every message it queued is delivered', async () => {
  const { worker, delivered, open } = gatedWorker({ failFirstReceiveOf: new Set(['u3']) });
  const queue = new InProcessQueue(worker, {
    maxReceives: 5,
    retryDelayMs: 1,
    concurrency: 2,
    batchSize: 10,
  });
  let answered = false;
  const enqueued = queue.enqueue('routine', jobs(45)).then(() => (answered = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(answered).toBe(false);
  open();
  await enqueued;
  expect(delivered.sort()).toEqual(
    jobs(45)
      .map((job) => job.userId)
      .sort(),
  );
});

test('with a backlog, enqueue answers while messages still wait, and idle() once all are delivered, retries included', async () => {
  const { worker, delivered, open } = gatedWorker({ failFirstReceiveOf: new Set(['u7', 'u250']) });
  const queue = new InProcessQueue(worker, {
    maxReceives: 5,
    retryDelayMs: 1,
    concurrency: 1,
    batchSize: 50,
    backlog: 250,
  });
  // 300 queued, one batch of 50 taken by the (held) worker: 250 wait, within the backlog.
  await queue.enqueue('routine', jobs(300));
  expect(delivered).toHaveLength(0);
  open();
  await queue.idle();
  expect(delivered).toHaveLength(300);
  expect(new Set(delivered).size).toBe(300);
  expect(queue.deadLetters).toEqual([]);
});
