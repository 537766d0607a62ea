import { DynamoBureauStore } from '../adapters/dynamo/bureau-store';
import { recentProfile } from '../domain/bureau/offices';
import { clock, tableStore } from './base';
import { once } from './once';

/** The bureau's profile (name, credit code, offices, disclosure office, remedies). */
export const bureauStore = /* @__PURE__ */ tableStore(DynamoBureauStore);

/** The profile public reads name offices and the bureau from: read at most once a minute per container. */
export const recentBureau = /* @__PURE__ */ once(() =>
  recentProfile(bureauStore(), () => clock.now().getTime()),
);
