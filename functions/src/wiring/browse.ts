import { DynamoWorkflowBrowser } from '../adapters/dynamo/workflow-browser';
import type { BrowseDeps } from '../domain/workflow/browse';
import { tableStore } from './base';

export const workflowBrowser = /* @__PURE__ */ tableStore(DynamoWorkflowBrowser);
export const browseDeps = (): BrowseDeps => ({ browser: workflowBrowser() });
