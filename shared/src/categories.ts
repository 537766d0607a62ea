/**
 * The five disclosure categories ("五公开") that the work plan (二(一)–(五)) requires every
 * published item to carry. Order is the order residents see them in.
 */
export const DISCLOSURE_CATEGORIES = [
  'decision',
  'execution',
  'management',
  'service',
  'result',
] as const;

export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<DisclosureCategory, string> = {
  decision: '决策公开',
  execution: '执行公开',
  management: '管理公开',
  service: '服务公开',
  result: '结果公开',
};

export const CATEGORY_DESCRIPTIONS: Record<DisclosureCategory, string> = {
  decision: '重大决策草案、依据及意见采纳情况',
  execution: '重点任务执行措施、进展与成效',
  management: '权责清单、执法公示与监管信息',
  service: '公共服务事项、办事指南与服务时限',
  result: '决策部署落实情况与评估结果',
};
