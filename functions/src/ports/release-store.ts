import type { ReleaseFacts } from '@sunshine/shared';
import type { OutgoingMessage } from './notification-ports';

/** A release as stored: what to send, to which topics, and how far its fan-out went. */
export interface Release extends ReleaseFacts {
  /** The message, but for the recipient. */
  message: Omit<OutgoingMessage, 'openid'>;
  /** Fan-out position: the topic being paged and the cursor within it. */
  fanOut: { topic: number; cursor?: string; done: boolean };
}

/** One send: a release to one person, as a queue message carries it. */
export interface SendJob {
  releaseId: string;
  userId: string;
  openid: string;
}

export type ClaimState = 'claimed' | 'sent' | 'refused' | 'failed' | 'unknown' | 'paused';

export interface ReleaseStore {
  /** A release not yet fully fanned out, urgent ones first (one Query). */
  pending(limit: number): Promise<Release[]>;
  get(id: string): Promise<Release | undefined>;
  /** The newest releases, for staff. */
  recent(limit: number): Promise<Release[]>;
  /** Fan-out progress: the new position and how many sends were queued; `done` ends the pending entry. */
  advance(id: string, fanOut: Release['fanOut'], queued: number): Promise<void>;
  pause(id: string, until: string): Promise<void>;
  /** The pause is over (its parked sends are queued again). */
  resume(id: string): Promise<void>;
  stop(id: string, errcode: number): Promise<void>;
  /** Staff retry a stopped release: sends may go again. */
  unstop(id: string): Promise<void>;
  /**
   * Exactly-once intent: claim (release, person) before calling WeChat, naming the queue message
   * that claims it. 'claimed' the first time (the person counts as targeted); 'mine' if this same
   * message claimed it before (a delivery that died mid-send); otherwise the state it is in.
   */
  claim(job: SendJob, deliveryId: string): Promise<'claimed' | 'mine' | ClaimState>;
  /** Record how a claimed send ended and count it on the release, in one transaction. */
  finish(job: SendJob, outcome: Exclude<ClaimState, 'claimed' | 'paused'>): Promise<void>;
  /** A transient failure: give the claim back so the redelivered message may send. */
  unclaim(job: SendJob): Promise<void>;
  /** The quota ran out: keep the job for when the pause ends. */
  park(job: SendJob): Promise<void>;
  /** Parked jobs of a release, to queue again once the pause is over (and forget). */
  takeParked(id: string, limit: number): Promise<SendJob[]>;
  /** Failed sends of a release, given back for a retry staff asked for. */
  takeFailed(id: string, limit: number): Promise<SendJob[]>;
}

