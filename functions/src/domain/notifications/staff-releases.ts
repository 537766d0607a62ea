import { IdSchema, validate, type ReleaseView } from '@sunshine/shared';
import { AppError, NotFoundError } from '../../commons/errors';
import type { Clock } from '../../ports/clock';
import type { JobQueue } from '../../ports/job-queue';
import type { ReleaseStore } from '../../ports/release-store';
import { releaseView } from './views';

export interface ReleaseDeps {
  releases: ReleaseStore;
  clock: Clock;
}

/** Staff follow releases: the newest first, with their counts (never who received them). */
export async function listReleases(deps: ReleaseDeps): Promise<ReleaseView[]> {
  const now = deps.clock.now();
  return (await deps.releases.recent(30)).map((release) => releaseView(release, now));
}

export async function getRelease(deps: ReleaseDeps, id: string): Promise<ReleaseView> {
  const release = validate(IdSchema, id).ok ? await deps.releases.get(id) : undefined;
  if (!release) throw new NotFoundError('该推送不存在');
  return releaseView(release, deps.clock.now());
}

/** Sending a release's failed messages again puts them back on the queue. */
export interface RetryReleaseDeps extends ReleaseDeps {
  queue: JobQueue;
}

/**
 * A reviewer sends the failed ones of a release again (say after a template was fixed): their
 * claims are given back and they are queued in the release's lane. A stopped release is resumed,
 * but never one stopped because its item was withdrawn.
 */
export async function retryRelease(deps: RetryReleaseDeps, id: string): Promise<ReleaseView> {
  const release = await getRelease(deps, id);
  if (release.status === 'withdrawn') throw new AppError('CONFLICT', '该内容已撤回，不再推送');
  if (release.status === 'dispatching')
    throw new AppError('CONFLICT', '推送仍在进行，请在完成后再重试失败的部分');
  if (release.counts.failed === 0) throw new AppError('CONFLICT', '没有发送失败的消息');
  await deps.releases.unstop(id);
  for (;;) {
    const jobs = await deps.releases.takeFailed(id, 100);
    if (!jobs.length) break;
    await deps.queue.enqueue(release.urgent ? 'urgent' : 'routine', jobs);
  }
  return getRelease(deps, id);
}
