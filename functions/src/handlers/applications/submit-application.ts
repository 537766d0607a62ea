import { ApplyInputSchema } from '@sunshine/shared';
import { parseBody, sourceIp } from '../../commons/http';
import { applicationDeps } from '../../wiring/applications';
import { submitApplication } from '../../domain/applications/submit';
import { route } from '../route';

export const handler = route('submitApplication', ({ event, actor }) =>
  submitApplication(applicationDeps(), actor, parseBody(ApplyInputSchema, event), {
    ip: sourceIp(event),
  }),
);
