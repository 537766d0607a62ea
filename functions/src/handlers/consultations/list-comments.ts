import { PageQuerySchema } from '@sunshine/shared';
import { parseQuery, pathParam } from '../../commons/http';
import { commentStore } from '../../wiring/consultations';
import { contentStore } from '../../wiring/content';
import { listPublicComments } from '../../domain/consultations/comments';
import { publicRoute } from '../public-route';

export const handler = publicRoute('listComments', ({ event }) => {
  const { cursor, limit } = parseQuery(PageQuerySchema, event);
  return listPublicComments(
    { comments: commentStore(), content: contentStore() },
    pathParam(event, 'id'),
    cursor,
    limit,
  );
});
