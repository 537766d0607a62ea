import { DynamoImportJobStore } from '../adapters/dynamo/import-job-store';
import type { ImportDeps } from '../domain/guides/import-guides';
import { documentClient, table } from './base';
import { workflowDeps } from './content';
import { mediaStorage } from './media';
import { once } from './once';

export const importJobStore = /* @__PURE__ */ once(() => new DynamoImportJobStore(documentClient(), table()));
export const importDeps = (): ImportDeps => ({ ...workflowDeps(), files: mediaStorage(), jobs: importJobStore() });
