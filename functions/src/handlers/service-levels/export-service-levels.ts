import { ServiceLevelQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { exportCsv } from '../../domain/exports/export-file';
import { SERVICE_LEVEL_HEADERS, serviceLevelLines } from '../../domain/service-levels/csv';
import { serviceLevels } from '../../domain/service-levels/service-levels';
import { exportFiles } from '../../wiring/exports';
import { serviceLevelDeps } from '../../wiring/service-levels';
import { route } from '../route';

// The figures as a CSV file in private storage, answered as a short-lived link like every export.
export const handler = route('exportServiceLevels', async ({ event }) => {
  const query = parseQuery(ServiceLevelQuerySchema, event);
  const view = await serviceLevels(serviceLevelDeps(), query);
  // exportCsv counts the data lines it writes (the totals per kind included), header excluded.
  return exportCsv(exportFiles(), {
    fileName: `服务质量-${query.month ?? query.year}.csv`,
    header: SERVICE_LEVEL_HEADERS,
    rows: serviceLevelLines(view),
  });
});
