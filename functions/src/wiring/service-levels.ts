import { DynamoServiceLevelSource } from '../adapters/dynamo/service-level-source';
import { officeListOf } from '../domain/bureau/offices';
import type { ServiceLevelDeps } from '../domain/service-levels/service-levels';
import { clock, tableStore } from './base';
import { bureauStore } from './bureau';
import { calendarStore } from './calendars';

const serviceLevelSource = /* @__PURE__ */ tableStore(DynamoServiceLevelSource);

export const serviceLevelDeps = (): ServiceLevelDeps => ({
  source: serviceLevelSource(),
  calendars: calendarStore(),
  offices: officeListOf(bureauStore()),
  clock,
});
