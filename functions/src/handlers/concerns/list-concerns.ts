import { ListConcernsQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { concernDeps } from '../../wiring/concerns';
import { listConcerns } from '../../domain/concerns/concerns';
import { route } from '../route';

export const handler = route('listConcerns', ({ event }) =>
  listConcerns(concernDeps(), parseQuery(ListConcernsQuerySchema, event)),
);
