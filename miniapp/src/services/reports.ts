import { routePath, type ReportTable } from '@sunshine/shared';
import { apiBase, call } from './request';

/** A published report's table as a CSV file: its full address, to open or copy. */
export const reportTableCsvUrl = (id: string, table: ReportTable) =>
  `${apiBase()}${routePath('getReportTableCsv', { id, table })}`;

/** A published report as one printable page. */
export const reportPrintableUrl = (id: string) =>
  `${apiBase()}${routePath('getReportPrintable', { id })}`;

// Staff: the year's live figures and the records behind one.
export const getLiveReport = (year: number) =>
  call('getLiveReport', { params: { year: String(year) } });
export const listReportCellRecords = (year: number, cell: string) =>
  call('listReportCellRecords', { params: { year: String(year), cell } });
