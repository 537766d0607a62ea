import { PageQuerySchema } from '@sunshine/shared';
import { parseQuery, pathParam } from '../../commons/http';
import { moderationDeps } from '../../wiring/consultations';
import { listConsultationComments } from '../../domain/consultations/moderation';
import { route } from '../route';

export const handler = route('listConsultationComments', ({ event }) => {
  const { cursor, limit } = parseQuery(PageQuerySchema, event);
  return listConsultationComments(moderationDeps(), pathParam(event, 'id'), cursor, limit);
});
