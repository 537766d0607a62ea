import { OpenDataQuerySchema } from '@sunshine/shared';
import { FileDownload, parseQuery, pathParam } from '../../commons/http';
import { publicWebUrl } from '../../config';
import { contentStore } from '../../wiring/content';
import { recentBureau } from '../../wiring/bureau';
import { profileOffices } from '@sunshine/shared';
import { datasetCsv, datasetPage } from '../../domain/open-data/datasets';
import { publicRoute } from '../public-route';

/** JSON in the envelope with the next page's address; CSV as a file, the next page in a Link header. */
export const handler = publicRoute('getOpenData', async ({ event }) => {
  const dataset = pathParam(event, 'dataset');
  const query = parseQuery(OpenDataQuerySchema, event);
  const page = await datasetPage(contentStore(), dataset, query, publicWebUrl(), async () =>
    profileOffices(await recentBureau()()),
  );
  if (query.format === 'json') return { items: page.rows, next: page.next };
  // Cached as every public read (public-cache.ts), so a withdrawn item leaves the file at once.
  return new FileDownload(datasetCsv(page.rows), 'text/csv; charset=utf-8', `${dataset}.csv`, {
    headers: page.next ? { link: `<${page.next}>; rel="next"` } : {},
  });
});
