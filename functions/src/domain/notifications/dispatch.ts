import type { Clock } from '../../ports/clock';
import type { JobQueue } from '../../ports/job-queue';
import type { PublicItems, SubscriberDirectory } from '../../ports/notification-ports';
import type { FanOutLease, Release, ReleaseStore, SendJob } from '../../ports/release-store';
import { stoppedIfWithdrawn } from './item-withdrawn';

export interface DispatchDeps {
  releases: ReleaseStore;
  subscribers: SubscriberDirectory;
  queue: JobQueue;
  clock: Clock;
  items: PublicItems;
}

/**
 * Subscribers read per Query (the directory's largest page: small items, well within a Query's
 * 1 MB), and queued per call: twenty of the worker's batches at once, so concurrent workers have
 * work together rather than two batches at a time (issue 19: pages of 100 kept the local queue's
 * eight workers mostly idle).
 */
const PAGE = 1000;

const laneOf = (release: Release) => (release.urgent ? 'urgent' : 'routine');

/**
 * How long a run holds a release's fan-out without saving a page. Longer than the function's
 * 60 s timeout, so a live run never loses it; a run that died holds it no longer than this.
 */
export const FAN_OUT_LEASE_MS = 90_000;

/**
 * The fan-out: for each release still pending (urgent ones first, so an urgent notice is never
 * queued behind a routine release), page the subscribers of its topics and queue one send each,
 * saving the position after every page. A run holds each release it fans out (a lease on the
 * release, renewed with every page), so overlapping runs never page the same subscribers; a run
 * that dies is resumed from the last saved page once its lease runs out, and a page queued again
 * then sends nothing twice (the worker claims each send). Paused releases (the day's quota was
 * spent) wait; once the pause is over their parked sends go again. A release whose item was
 * withdrawn is stopped before another page is read.
 */
export async function dispatchReleases(
  deps: DispatchDeps,
  maxPages = 100,
): Promise<{ releases: number; queued: number }> {
  const budget = { pages: maxPages, queued: 0 };
  const pending = await deps.releases.pending(20);
  for (const { id } of pending) {
    const leaseUntil = () => new Date(deps.clock.now().getTime() + FAN_OUT_LEASE_MS);
    const held = await deps.releases.lease(id, deps.clock.now(), leaseUntil());
    if (!held) continue; // another run is fanning it out
    try {
      await fanOut(
        deps,
        held.lease,
        await stoppedIfWithdrawn(deps, held.release),
        budget,
        leaseUntil,
      );
    } finally {
      await deps.releases.unlease(held.lease);
    }
  }
  return { releases: pending.length, queued: budget.queued };
}

/** One release, under its lease, as far as the run's page budget goes. */
async function fanOut(
  deps: DispatchDeps,
  lease: FanOutLease,
  release: Release,
  budget: { pages: number; queued: number },
  leaseUntil: () => Date,
): Promise<void> {
  if (release.stoppedBy !== undefined) {
    // Nothing more is paged. Sends a spent quota parked go to the worker, which counts them failed
    // without calling WeChat, rather than waiting parked for a release that will not resume.
    if (release.pausedUntil) {
      budget.queued += await requeueParked(deps, release);
      await deps.releases.resume(release.id);
    }
    await deps.releases.advance(lease, { ...release.fanOut, done: true }, 0, leaseUntil());
    return;
  }
  if (release.pausedUntil && release.pausedUntil > deps.clock.now().toISOString()) return;
  if (release.pausedUntil) {
    budget.queued += await requeueParked(deps, release);
    await deps.releases.resume(release.id);
  }
  let position = release.fanOut;
  while (!position.done && budget.pages > 0) {
    const topic = release.topics[position.topic];
    const page = topic
      ? await deps.subscribers.subscribers(topic, position.cursor, PAGE)
      : { items: [] };
    const jobs: SendJob[] = page.items.map((subscriber) => ({
      releaseId: release.id,
      userId: subscriber.userId,
      openid: subscriber.openid,
    }));
    if (jobs.length) await deps.queue.enqueue(laneOf(release), jobs);
    budget.pages--;
    budget.queued += jobs.length;
    position = page.nextCursor
      ? { topic: position.topic, cursor: page.nextCursor, done: false }
      : position.topic + 1 < release.topics.length
        ? { topic: position.topic + 1, done: false }
        : { topic: position.topic, done: true };
    // Lost the lease (this run stalled past it and another took over): that run goes on from here.
    if (!(await deps.releases.advance(lease, position, jobs.length, leaseUntil()))) return;
  }
  // Done before (a pause's parked sends only): leave the pending list now.
  if (position.done && release.fanOut.done)
    await deps.releases.advance(lease, position, 0, leaseUntil());
}

/** The sends a spent quota parked, queued again once the pause is over. */
async function requeueParked(deps: DispatchDeps, release: Release): Promise<number> {
  let count = 0;
  for (;;) {
    const jobs = await deps.releases.takeParked(release.id, PAGE);
    if (!jobs.length) return count;
    await deps.queue.enqueue(laneOf(release), jobs);
    count += jobs.length;
  }
}
