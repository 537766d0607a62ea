import { pathParam } from '../../commons/http';
import { workflowDeps } from '../../wiring/content';
import { submitForReview } from '../../domain/workflow/edit-draft';
import { route } from '../route';

export const handler = route('submitForReview', ({ event, actor }) =>
  submitForReview(workflowDeps(), actor, pathParam(event, 'id')),
);
