import { ContentDraftSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { workflowDeps } from '../../wiring/content';
import { createDraft } from '../../domain/workflow/edit-draft';
import { route } from '../route';

export const handler = route('createDraft', ({ event, actor }) =>
  createDraft(workflowDeps(), actor, parseBody(ContentDraftSchema, event)),
);
