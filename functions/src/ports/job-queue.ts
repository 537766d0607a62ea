import type { SendJob } from './release-store';

/** Urgent releases go through a lane of their own, never queued behind routine ones. */
export type Lane = 'urgent' | 'routine';

/** The queue between the fan-out and the sending worker (SQS in AWS, in-process locally). */
export interface JobQueue {
  enqueue(lane: Lane, jobs: SendJob[]): Promise<void>;
}
