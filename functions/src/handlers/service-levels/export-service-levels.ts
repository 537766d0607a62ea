import { ServiceLevelQuerySchema } from '@sunshine/shared';
import { FileDownload, parseQuery } from '../../commons/http';
import { serviceLevelCsv } from '../../domain/service-levels/csv';
import { serviceLevels } from '../../domain/service-levels/service-levels';
import { serviceLevelDeps } from '../../wiring/service-levels';
import { route } from '../route';

// The figures as CSV, answered in the response for now; the file export takes `serviceLevelCsv(view)` as it is.
export const handler = route('exportServiceLevels', async ({ event }) => {
  const query = parseQuery(ServiceLevelQuerySchema, event);
  const view = await serviceLevels(serviceLevelDeps(), query);
  return new FileDownload(
    serviceLevelCsv(view),
    'text/csv; charset=utf-8',
    `service-levels-${query.month ?? query.year}.csv`,
  );
});
