import type { Clock } from '../../ports/clock';
import type { JobQueue } from '../../ports/job-queue';
import type { SubscriberDirectory } from '../../ports/notification-ports';
import type { Release, ReleaseStore, SendJob } from '../../ports/release-store';

export interface DispatchDeps {
  releases: ReleaseStore;
  subscribers: SubscriberDirectory;
  queue: JobQueue;
  clock: Clock;
}

/** Subscribers read per Query, and queued per call. */
const PAGE = 100;

const laneOf = (release: Release) => (release.urgent ? 'urgent' : 'routine');

/**
 * The fan-out: for each release still pending (urgent ones first, so an urgent notice is never
 * queued behind a routine release), page the subscribers of its topics and queue one send each,
 * saving the position after every page. A run that dies is resumed by the next from the last
 * saved page; a page queued twice sends nothing twice (the worker claims each send). Paused
 * releases (the day's quota was spent) wait; once the pause is over their parked sends go again.
 */
export async function dispatchReleases(deps: DispatchDeps, maxPages = 100): Promise<{ releases: number; queued: number }> {
  let pages = 0;
  let queued = 0;
  const pending = await deps.releases.pending(20);
  for (const release of pending) {
    if (release.stoppedBy !== undefined) {
      if (!release.fanOut.done) await deps.releases.advance(release.id, { ...release.fanOut, done: true }, 0);
      continue;
    }
    if (release.pausedUntil && release.pausedUntil > deps.clock.now().toISOString()) continue;
    if (release.pausedUntil) {
      queued += await requeueParked(deps, release);
      await deps.releases.resume(release.id);
    }
    let fanOut = release.fanOut;
    while (!fanOut.done && pages < maxPages) {
      const topic = release.topics[fanOut.topic];
      const page = topic ? await deps.subscribers.subscribers(topic, fanOut.cursor, PAGE) : { items: [] };
      const jobs: SendJob[] = page.items.map((subscriber) => ({ releaseId: release.id, userId: subscriber.userId, openid: subscriber.openid }));
      if (jobs.length) await deps.queue.enqueue(laneOf(release), jobs);
      pages++;
      queued += jobs.length;
      fanOut = page.nextCursor
        ? { topic: fanOut.topic, cursor: page.nextCursor, done: false }
        : fanOut.topic + 1 < release.topics.length
          ? { topic: fanOut.topic + 1, done: false }
          : { topic: fanOut.topic, done: true };
      await deps.releases.advance(release.id, fanOut, jobs.length);
    }
    if (fanOut.done && release.fanOut.done) await deps.releases.advance(release.id, fanOut, 0);
  }
  return { releases: pending.length, queued };
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
