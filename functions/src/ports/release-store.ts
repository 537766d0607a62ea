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
/** How a send ended, once it was claimed. */
export type SendOutcomeState = Exclude<ClaimState, 'claimed' | 'paused'>;

/**
 * What claiming a send found, as cases the type keeps apart:
 * - won: this delivery holds the send now, the first to: send it;
 * - mine: this same queue message claimed it before and never finished (its delivery died
 *   mid-send, or is still running past the visibility timeout): WeChat may have it, so never resend;
 * - held: another delivery holds it (in progress: `claimed`) or it has ended: nothing to do.
 * A claim that met another write still committing is neither: the store throws, and the message is
 * delivered again.
 */
export type Claim = { kind: 'won' } | { kind: 'mine' } | { kind: 'held'; state: ClaimState };

/** A send as one queue message carries it: the job and the message's id (the claim names it). */
export interface Attempt {
  job: SendJob;
  deliveryId: string;
}

/** How a claimed send ended, to record. */
export interface SendEnd extends Attempt {
  outcome: SendOutcomeState;
}

/** A fan-out run's hold on one release: only its holder advances the release's position. */
export interface FanOutLease {
  releaseId: string;
  holder: string;
}

export interface ReleaseStore {
  /** A release not yet fully fanned out, urgent ones first (one Query). */
  pending(limit: number): Promise<Release[]>;
  get(id: string): Promise<Release | undefined>;
  /** The newest releases, for staff. */
  recent(limit: number): Promise<Release[]>;
  /**
   * Hold the release's fan-out until `until` (or renew one's hold), so two overlapping runs never
   * page the same subscribers; with the release as it is now (another run may have moved it).
   * Undefined while another run holds it.
   */
  lease(
    id: string,
    now: Date,
    until: Date,
  ): Promise<{ lease: FanOutLease; release: Release } | undefined>;
  /** Give the hold back at the end of a run (only one's own). */
  unlease(lease: FanOutLease): Promise<void>;
  /**
   * Fan-out progress under one's lease, renewed to `until`: the new position and how many sends were
   * queued; `done` ends the pending entry. False when the lease was lost (expired and taken): stop.
   */
  advance(
    lease: FanOutLease,
    fanOut: Release['fanOut'],
    queued: number,
    until: Date,
  ): Promise<boolean>;
  pause(id: string, until: string): Promise<void>;
  /** The pause is over (its parked sends are queued again). */
  resume(id: string): Promise<void>;
  stop(id: string, errcode: number): Promise<void>;
  /** Staff retry a stopped release: sends may go again. */
  unstop(id: string): Promise<void>;
  /**
   * Exactly-once intent: claim (release, person) before calling WeChat, naming the queue message
   * that claims it (the person counts as targeted when won), for a whole batch at once: one answer
   * per attempt, in order (see `Claim`). At most one attempt per (release, person) in a call.
   * Throws when the claims kept meeting other writes: the batch is delivered again.
   */
  claimAll(attempts: Attempt[]): Promise<Claim[]>;
  /** `claimAll` for one send. */
  claim(job: SendJob, deliveryId: string): Promise<Claim>;
  /**
   * Record how the batch's claimed sends ended and give back the claims of its transient failures
   * (only this delivery's own, still in progress: its redelivery may send), counting them on the
   * release, together. Per end, true when this call ended it; false when it had already ended
   * (another delivery recorded it meanwhile, and counted it): each send is counted once.
   */
  settle(ends: SendEnd[], givenBack: Attempt[]): Promise<boolean[]>;
  /** `settle` of one end. */
  finish(job: SendJob, deliveryId: string, outcome: SendOutcomeState): Promise<boolean>;
  /** `settle` of one give-back. */
  unclaim(job: SendJob, deliveryId: string): Promise<void>;
  /** The quota ran out: keep the job for when the pause ends (giving back this delivery's claim). */
  park(job: SendJob, deliveryId: string): Promise<void>;
  /** Parked jobs of a release, to queue again once the pause is over (and forget). */
  takeParked(id: string, limit: number): Promise<SendJob[]>;
  /** Failed sends of a release, given back for a retry staff asked for. */
  takeFailed(id: string, limit: number): Promise<SendJob[]>;
  /**
   * A release no transaction of its own makes (a deadline reminder), by an id derived from what it
   * is about: true when this call made it, false when it already existed (made once, whoever runs).
   */
  putOnce(release: Release): Promise<boolean>;
}
