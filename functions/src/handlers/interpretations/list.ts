import { ListInterpretationsQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { interpretationStore } from '../../container';
import { listPublishedInterpretations } from '../../domain/interpretations/list-published';
import { publicRoute } from '../public-route';

export const handler = publicRoute('listInterpretations', ({ event }) =>
  listPublishedInterpretations(interpretationStore(), parseQuery(ListInterpretationsQuerySchema, event)),
);
