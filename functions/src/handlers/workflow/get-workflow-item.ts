import { pathParam } from '../../commons/http';
import { workflowDeps } from '../../wiring/content';
import { getWorkflowItem } from '../../domain/workflow/queries';
import { route } from '../route';

export const handler = route('getWorkflowItem', ({ event }) =>
  getWorkflowItem(workflowDeps(), pathParam(event, 'id')),
);
