import { WithdrawInputSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { workflowDeps } from '../../wiring/content';
import { withdrawItem } from '../../domain/workflow/review';
import { route } from '../route';

export const handler = route('withdrawItem', ({ event, actor }) =>
  withdrawItem(
    workflowDeps(),
    actor,
    pathParam(event, 'id'),
    parseBody(WithdrawInputSchema, event).reason,
  ),
);
