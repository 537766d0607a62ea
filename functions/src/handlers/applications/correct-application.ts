import { CorrectionInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { applicationDeps } from '../../wiring/applications';
import { correctApplication } from '../../domain/applications/correct';
import { route } from '../route';

export const handler = route('correctApplication', ({ event, actor }) =>
  correctApplication(
    applicationDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(CorrectionInputSchema, event),
  ),
);
