import { FileDownload, pathParam } from '../../commons/http';
import { printableReport, publishedReport } from '../../domain/report/publication';
import { contentStore } from '../../wiring/content';
import { publicRoute } from '../public-route';

export const handler = publicRoute('getReportPrintable', async ({ event }) => {
  const report = await publishedReport(contentStore(), pathParam(event, 'id'));
  return new FileDownload(
    printableReport(report),
    'text/html; charset=utf-8',
    `annual-report-${report.year}.html`,
    { disposition: 'inline' },
  );
});
