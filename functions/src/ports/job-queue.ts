import type { SendJob } from './release-store';

/** Urgent releases go through a lane of their own, never queued behind routine ones. */
export type Lane = 'urgent' | 'routine';

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
