import { DynamoErasureLists } from '../adapters/dynamo/erasure-lists';
import { DynamoHealthProbe } from '../adapters/dynamo/health-probe';
import type { RetentionDeps } from '../domain/retention/erase-personal-data';
import { applicationStore } from './applications';
import { clock, tableStore } from './base';
import { commentStore } from './consultations';
import { workflowStore } from './content';
import { questionStore } from './questions';

export const healthProbe = /* @__PURE__ */ tableStore(DynamoHealthProbe);
export const erasureLists = /* @__PURE__ */ tableStore(DynamoErasureLists);
/** The daily erasure (retention): the lists of what falls due, and the stores it erases from. */
export const retentionDeps = (): RetentionDeps => ({
  clock,
  erasure: erasureLists(),
  workflow: workflowStore(),
  comments: commentStore(),
  questions: questionStore(),
  applications: applicationStore(),
});
