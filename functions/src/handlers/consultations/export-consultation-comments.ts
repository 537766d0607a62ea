import { pathParam } from '../../commons/http';
import { exportCommentsDeps } from '../../wiring/consultations';
import { exportConsultationComments } from '../../domain/consultations/export-comments';
import { route } from '../route';

export const handler = route('exportConsultationComments', ({ event }) =>
  exportConsultationComments(exportCommentsDeps(), pathParam(event, 'id')),
);
