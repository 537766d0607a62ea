import { ListContentQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { contentStore } from '../../wiring/content';
import { listPublishedContent } from '../../domain/content/list-published';
import { publicRoute } from '../public-route';

export const handler = publicRoute('listContent', ({ event }) =>
  listPublishedContent(contentStore(), parseQuery(ListContentQuerySchema, event)),
);
