import { BUREAU_NAME } from '@sunshine/shared';
import { FileDownload } from '../../commons/http';
import { publicWebUrl } from '../../config';
import { contentStore } from '../../wiring/content';
import { releasesFeed } from '../../domain/content/releases-feed';
import { publicRoute } from '../public-route';

export const handler = publicRoute(
  'releasesFeed',
  async () =>
    // Cached as every public read (public-cache.ts): a feed reader revalidates by ETag, so a withdrawn item leaves it at once.
    new FileDownload(
      await releasesFeed(contentStore(), { webUrl: publicWebUrl(), bureau: BUREAU_NAME }),
      'application/atom+xml; charset=utf-8',
      'releases.atom',
      { disposition: 'inline' },
    ),
);
