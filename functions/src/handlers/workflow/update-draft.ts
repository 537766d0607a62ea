import { ContentDraftSchema } from '@sunshine/shared';
import { parseBody, pathParam } from '../../commons/http';
import { workflowDeps } from '../../wiring/content';
import { updateDraft } from '../../domain/workflow/edit-draft';
import { route } from '../route';

export const handler = route('updateDraft', ({ event, actor }) =>
  updateDraft(workflowDeps(), actor, pathParam(event, 'id'), parseBody(ContentDraftSchema, event)),
);
