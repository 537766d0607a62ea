import { ReportYearPathSchema } from '@sunshine/shared';
import { parsePathParam } from '../../commons/http';
import { liveReport } from '../../domain/report/figures';
import { reportDeps } from '../../wiring/report';
import { route } from '../route';

export const handler = route('getLiveReport', ({ event }) =>
  liveReport(reportDeps(), parsePathParam(ReportYearPathSchema, event, 'year')),
);
