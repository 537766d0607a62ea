import { DynamoImportJobStore } from '../adapters/dynamo/import-job-store';
import type { ImportDeps } from '../domain/guides/import-guides';
import { tableStore } from './base';
import { workflowDeps } from './content';
import { mediaStorage } from './media';

export const importJobStore = /* @__PURE__ */ tableStore(DynamoImportJobStore);
export const importDeps = (): ImportDeps => ({
  ...workflowDeps(),
  files: mediaStorage(),
  jobs: importJobStore(),
});
