import { DynamoBureauStore } from '../adapters/dynamo/bureau-store';
import { tableStore } from './base';

/** The bureau's profile (name, credit code, offices, disclosure office, remedies). */
export const bureauStore = /* @__PURE__ */ tableStore(DynamoBureauStore);
