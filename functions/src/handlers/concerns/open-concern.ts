import { OpenConcernInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { concernDeps } from '../../wiring/concerns';
import { openConcern } from '../../domain/concerns/concerns';
import { route } from '../route';

export const handler = route('openConcern', ({ event, actor }) =>
  openConcern(concernDeps(), actor, parseBody(OpenConcernInputSchema, event)),
);
