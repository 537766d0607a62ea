import { ConcernYearQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { concernDeps } from '../../wiring/concerns';
import { concernFigures } from '../../domain/concerns/concerns';
import { route } from '../route';

export const handler = route('concernFigures', ({ event }) =>
  concernFigures(concernDeps(), parseQuery(ConcernYearQuerySchema, event).year),
);
