import { STOPPED_ITEM_WITHDRAWN } from '@sunshine/shared';
import { logger } from '../../commons/logger';
import type { PublicItems } from '../../ports/notification-ports';
import type { Release, ReleaseStore } from '../../ports/release-store';

/**
 * The release as it may go on: stopped first if its item left the public side since it was made
 * (withdrawn, or no longer disclosed), so neither the fan-out nor the worker sends its title again;
 * the sends still to come are then counted failed. Only releases announce an item: a reply to a
 * person's own question or application is theirs whatever becomes of the item.
 */
export async function stoppedIfWithdrawn(
  deps: { releases: ReleaseStore; items: PublicItems },
  release: Release,
): Promise<Release> {
  if (
    release.kind !== 'release' ||
    release.stoppedBy !== undefined ||
    (await deps.items.isPublic(release.itemId))
  )
    return release;
  logger.info('release stopped: its item is no longer public', {
    releaseId: release.id,
    itemId: release.itemId,
  });
  await deps.releases.stop(release.id, STOPPED_ITEM_WITHDRAWN);
  return { ...release, stoppedBy: STOPPED_ITEM_WITHDRAWN };
}
