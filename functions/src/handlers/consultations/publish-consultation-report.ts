import { PublishReportInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { moderationDeps } from '../../wiring/consultations';
import { publishConsultationReport } from '../../domain/consultations/report';
import { route } from '../route';

export const handler = route('publishConsultationReport', ({ event, actor }) =>
  publishConsultationReport(
    moderationDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(PublishReportInputSchema, event).summary,
  ),
);
