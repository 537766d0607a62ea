import { PublishInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { workflowDeps } from '../../wiring/content';
import { publishItem } from '../../domain/workflow/review';
import { route } from '../route';

export const handler = route('publishItem', ({ event, actor }) =>
  publishItem(
    workflowDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(PublishInputSchema, event).publishAt,
  ),
);
