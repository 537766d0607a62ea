import { pathParam } from '../../commons/http';
import { workflowDeps } from '../../wiring/content';
import { listRevisions } from '../../domain/workflow/queries';
import { route } from '../route';

export const handler = route('listRevisions', ({ event }) =>
  listRevisions(workflowDeps(), pathParam(event, 'id')),
);
