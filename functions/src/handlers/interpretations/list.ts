import { ListInterpretationsQuerySchema } from '@sunshine/shared';
import { httpHandler, parseQuery } from '../../commons/http';
import { interpretationStore } from '../../container';
import { listPublishedInterpretations } from '../../domain/interpretations/list-published';

/** GET /v1/interpretations?category=&cursor=&limit= */
export const handler = httpHandler((event) =>
  listPublishedInterpretations(interpretationStore(), parseQuery(ListInterpretationsQuerySchema, event)),
);
