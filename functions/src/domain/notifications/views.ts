import { STOPPED_ITEM_WITHDRAWN, type ReleaseStatus, type ReleaseView } from '@sunshine/shared';
import type { Release } from '../../ports/release-store';

/** Where a release stands, from its fan-out position and its counts. */
export function releaseStatus(release: Release, now: Date): ReleaseStatus {
  if (release.stoppedBy === STOPPED_ITEM_WITHDRAWN) return 'withdrawn';
  if (release.stoppedBy !== undefined) return 'stopped';
  if (release.pausedUntil && release.pausedUntil > now.toISOString())
    // Held before anything was queued: a consultation announced on its first day (release-for.ts).
    return release.counts.queued === 0 && release.fanOut.topic === 0 && !release.fanOut.cursor
      ? 'scheduled'
      : 'paused';
  if (!release.fanOut.done) return 'dispatching';
  const { targeted, sent, refused, failed, unknown } = release.counts;
  return sent + refused + failed + unknown >= targeted ? 'done' : 'sending';
}

/** What staff see of a release: no recipient, only counts. */
export function releaseView(release: Release, now: Date): ReleaseView {
  const { id, kind, title, itemId, topics, urgent, createdAt, counts, pausedUntil, stoppedBy } =
    release;
  return {
    id,
    kind,
    title,
    itemId,
    topics,
    urgent,
    createdAt,
    status: releaseStatus(release, now),
    counts,
    ...(pausedUntil && { pausedUntil }),
    ...(stoppedBy !== undefined && { stoppedBy }),
  };
}
