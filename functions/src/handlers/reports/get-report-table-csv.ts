import { ReportTableSchema } from '@sunshine/shared';
import { FileDownload, parsePathParam, pathParam } from '../../commons/http';
import {
  publishedReport,
  reportTableCsv,
  reportTableFilename,
} from '../../domain/report/publication';
import { contentStore } from '../../wiring/content';
import { publicRoute } from '../public-route';

// Cached as every public read (public-cache.ts): a withdrawn report leaves at once.
export const handler = publicRoute('getReportTableCsv', async ({ event }) => {
  const table = parsePathParam(ReportTableSchema, event, 'table');
  const report = await publishedReport(contentStore(), pathParam(event, 'id'));
  return new FileDownload(
    reportTableCsv(report.tables, table),
    'text/csv; charset=utf-8',
    reportTableFilename(report.year, table),
  );
});
