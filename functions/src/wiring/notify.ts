import { localDispatchUrl, templateIds } from '../config';
import type { NotifyDeps } from '../domain/notifications/deps';

/**
 * What a use case needs to tell residents of what it did: the templates, and, locally
 * (serverless-offline's Lambda endpoint in LOCAL_DISPATCH_URL), a nudge that starts the fan-out
 * right after a publish instead of at its next minute.
 */
export const notifyDeps = (): NotifyDeps => ({
  templates: templateIds(),
  kickReleases: kickReleases(),
});

function kickReleases(): (() => Promise<void>) | undefined {
  const url = localDispatchUrl();
  if (!url) return undefined;
  return () =>
    fetch(url, { method: 'POST', headers: { 'X-Amz-Invocation-Type': 'Event' }, body: '{}' }).then(
      () => undefined,
      () => undefined, // the minute's run picks it up
    );
}
