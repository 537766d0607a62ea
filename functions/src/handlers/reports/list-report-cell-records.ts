import { ReportCellSchema, ReportYearPathSchema } from '@sunshine/shared';
import { parsePathParam } from '../../commons/http';
import { cellRecords } from '../../domain/report/figures';
import { reportSources } from '../../wiring/report';
import { route } from '../route';

export const handler = route('listReportCellRecords', ({ event }) =>
  cellRecords(
    reportSources(),
    parsePathParam(ReportYearPathSchema, event, 'year'),
    parsePathParam(ReportCellSchema, event, 'cell'),
  ),
);
