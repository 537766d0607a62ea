import { DynamoConcernStore } from '../adapters/dynamo/concern-store';
import { tableStore } from './base';

/**
 * Public concerns (关切, issue 17): the concern, its open and closed lists, its year's figures.
 * Apart from wiring/concerns.ts, so publishing (wiring/content.ts) reads concerns without a cycle.
 */
export const concernStore = /* @__PURE__ */ tableStore(DynamoConcernStore);
