import { BUREAU_NAME } from '@sunshine/shared';
import { FileDownload } from '../../commons/http';
import { publicWebUrl } from '../../config';
import { recentBureau } from '../../wiring/bureau';
import { contentStore } from '../../wiring/content';
import { releasesFeed } from '../../domain/content/releases-feed';
import { publicRoute } from '../public-route';

export const handler = publicRoute(
  'releasesFeed',
  async () =>
    // Cached as every public read (public-cache.ts): a feed reader revalidates by ETag, so a withdrawn item leaves it at once.
    // The author is the bureau's name as its admin saved it (the built-in one before that).
    new FileDownload(
      await releasesFeed(contentStore(), {
        webUrl: publicWebUrl(),
        bureau: (await recentBureau()())?.name ?? BUREAU_NAME,
      }),
      'application/atom+xml; charset=utf-8',
      'releases.atom',
      { disposition: 'inline' },
    ),
);
