/**
 * The facets residents browse the policy library by, besides the five disclosure categories
 * (categories.ts): the office that drafted or issued an item, and its topic. The lists are those of
 * a district public security branch; a bureau of another kind edits them here, in one place.
 */
export const OFFICES = ['general', 'legal', 'public-order', 'population', 'exit-entry', 'traffic', 'cyber', 'criminal', 'command'] as const;
export type Office = (typeof OFFICES)[number];

export const OFFICE_LABELS: Record<Office, string> = {
  general: '分局办公室',
  legal: '法制大队',
  'public-order': '治安管理大队',
  population: '人口管理大队',
  'exit-entry': '出入境管理大队',
  traffic: '交通警察大队',
  cyber: '网络安全保卫大队',
  criminal: '刑事侦查大队',
  command: '指挥中心',
};

export const TOPICS = ['transparency', 'household', 'exit-entry', 'traffic', 'public-order', 'anti-fraud', 'cyber', 'drugs', 'other'] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  transparency: '政务公开',
  household: '户籍管理',
  'exit-entry': '出入境',
  traffic: '交通管理',
  'public-order': '治安管理',
  'anti-fraud': '反诈防骗',
  cyber: '网络安全',
  drugs: '禁毒',
  other: '其他',
};

/** Whether a policy document is still in force, shown on it and on every interpretation of it. */
export const VALIDITIES = ['in_force', 'amended', 'repealed', 'expired'] as const;
export type Validity = (typeof VALIDITIES)[number];

export const VALIDITY_LABELS: Record<Validity, string> = {
  in_force: '现行有效',
  amended: '已修改',
  repealed: '已废止',
  expired: '已失效',
};

/**
 * The disclosure attribute of a document (政府信息公开条例): only 'proactive' ever reaches a
 * resident. The others are recorded, reviewed and kept for staff, and never leave the staff side.
 */
export const DISCLOSURES = ['proactive', 'on_application', 'not_disclosed'] as const;
export type Disclosure = (typeof DISCLOSURES)[number];

export const DISCLOSURE_LABELS: Record<Disclosure, string> = {
  proactive: '主动公开',
  on_application: '依申请公开',
  not_disclosed: '不予公开',
};

/** The bureau this deployment serves: named in the app, the Atom feed and open data. */
export const BUREAU_NAME = '长治市公安局上党分局';
