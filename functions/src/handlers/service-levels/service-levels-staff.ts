import { byRoute } from '../shared-function';
import { handler as exportServiceLevels } from './export-service-levels';
import { handler as getServiceLevelQuestion } from './get-service-level-question';
import { handler as getServiceLevels } from './get-service-levels';
import { handler as listServiceLevelCases } from './list-service-level-cases';

/** 服务质量: the staff's service-level routes, one function (contract: `function: 'serviceLevelsStaff'`). */
export const handler = byRoute({
  getServiceLevels,
  listServiceLevelCases,
  exportServiceLevels,
  getServiceLevelQuestion,
});
