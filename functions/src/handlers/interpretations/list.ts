import { ListInterpretationsQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { interpretationStore } from '../../container';
import { listPublishedInterpretations } from '../../domain/interpretations/list-published';
import { route } from '../route';

export const handler = route('listInterpretations', ({ event }) =>
  listPublishedInterpretations(interpretationStore(), parseQuery(ListInterpretationsQuerySchema, event)),
);
