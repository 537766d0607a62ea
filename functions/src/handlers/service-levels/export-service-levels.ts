import { ServiceLevelQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { exportFile } from '../../domain/exports/export-file';
import { serviceLevelCsv } from '../../domain/service-levels/csv';
import { serviceLevels } from '../../domain/service-levels/service-levels';
import { exportFiles } from '../../wiring/exports';
import { serviceLevelDeps } from '../../wiring/service-levels';
import { route } from '../route';

// The figures as a CSV file in private storage, answered as a short-lived link like every export.
export const handler = route('exportServiceLevels', async ({ event }) => {
  const query = parseQuery(ServiceLevelQuerySchema, event);
  const view = await serviceLevels(serviceLevelDeps(), query);
  return exportFile(exportFiles(), {
    fileName: `服务质量-${query.month ?? query.year}.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: serviceLevelCsv(view),
    rows: view.rows.length,
  });
});
