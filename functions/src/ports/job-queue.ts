import type { SendJob } from './release-store';

/** Urgent releases go through a lane of their own, never queued behind routine ones. */
export type Lane = 'urgent' | 'routine';

/**
 * Messages per worker batch: the SQS trigger's batchSize (serverless.yml, from handlers/jobs.ts)
 * and the in-process queue's. A batch is claimed in one write and settled in one (each at most
 * 100 actions: its sends and a counter shard per release), so those writes per send fall with the
 * batch: at 50, the claim and the settle cost 0.02 write requests a send each.
 */
export const DELIVERY_BATCH = 50;

/** The queue between the fan-out and the sending worker (SQS in AWS, in-process locally). */
export interface JobQueue {
  enqueue(lane: Lane, jobs: SendJob[]): Promise<void>;
}

/** One queue message as the worker receives it: its id, how often it was delivered, and the send it carries. */
export interface Delivery {
  messageId: string;
  receiveCount: number;
  job: SendJob;
}
