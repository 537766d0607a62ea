import { StaffListQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { workflowDeps } from '../../wiring/content';
import { listWorkflowItems } from '../../domain/workflow/queries';
import { route } from '../route';

export const handler = route('listWorkflowItems', ({ event, actor }) =>
  listWorkflowItems(workflowDeps(), actor, parseQuery(StaffListQuerySchema, event).view),
);
