import { DynamoNegativeListStore } from '../adapters/dynamo/negative-list-store';
import { tableStore } from './base';

/** The negative list (负面清单): counts moved by publications, reviews recorded by admins. */
export const negativeListStore = /* @__PURE__ */ tableStore(DynamoNegativeListStore);
