import { BrowseQuerySchema } from '@sunshine/shared';
import { parseQuery } from '../../commons/http';
import { browseDeps } from '../../wiring/browse';
import { browseWorkflowItems } from '../../domain/workflow/browse';
import { route } from '../route';

export const handler = route('browseWorkflowItems', ({ event }) =>
  browseWorkflowItems(browseDeps(), parseQuery(BrowseQuerySchema, event)),
);
