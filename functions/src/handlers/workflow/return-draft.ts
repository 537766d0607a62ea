import { ReturnInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { workflowDeps } from '../../wiring/content';
import { returnDraft } from '../../domain/workflow/review';
import { route } from '../route';

export const handler = route('returnDraft', ({ event, actor }) =>
  returnDraft(
    workflowDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(ReturnInputSchema, event).comment,
  ),
);
