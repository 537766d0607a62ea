import { BUREAU_NAME } from '@sunshine/shared';
import { FileDownload } from '../../commons/http';
import { contentStore, publicWebUrl } from '../../container';
import { releasesFeed } from '../../domain/content/releases-feed';
import { publicRoute } from '../public-route';

export const handler = publicRoute(
  'releasesFeed',
  async () =>
    new FileDownload(await releasesFeed(contentStore(), { webUrl: publicWebUrl(), bureau: BUREAU_NAME }), 'application/atom+xml; charset=utf-8', 'releases.atom', {
      disposition: 'inline',
      cacheControl: 'public, max-age=300',
    }),
);
