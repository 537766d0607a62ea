import { utf8Bytes, utf8Text } from './utf8';

/**
 * The facets residents browse the policy library by, besides the five disclosure categories
 * (categories.ts): the office that drafted or issued an item, and its topic.
 *
 * Offices are data: the bureau's profile (schemas/bureau.ts) lists them, an admin edits them, and
 * an item stores an office's id. This list is the demo branch's nine: the profile the demo seed
 * saves, the offices before any profile is saved, and names to fall back on (officeName).
 */
export const OFFICES = [
  'general',
  'legal',
  'public-order',
  'population',
  'exit-entry',
  'traffic',
  'cyber',
  'criminal',
  'command',
] as const;
export type BuiltInOffice = (typeof OFFICES)[number];
/** An office's id, one of the bureau profile's (OFFICE_ID_PATTERN). */
export type Office = string;

export const OFFICE_LABELS: Record<BuiltInOffice, string> = {
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

export const TOPICS = [
  'transparency',
  'household',
  'exit-entry',
  'traffic',
  'public-order',
  'anti-fraud',
  'cyber',
  'drugs',
  'other',
] as const;
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

/**
 * Topics staff add (e.g. 消防 for a branch that also handles fire safety): the key is the label's
 * UTF-8 bytes in hex behind `c-`, so any page, export or feed can name a topic from its key alone,
 * with no lookup; the list of added topics is stored only to offer them and to check a key exists.
 */
const CUSTOM_PREFIX = 'c-';
export const CUSTOM_TOPIC_PATTERN = /^c-(?:[0-9a-f]{2}){1,36}$/;
export const CUSTOM_TOPIC_LABEL_MAX = 12;

export function customTopicKey(label: string): string {
  return (
    CUSTOM_PREFIX +
    utf8Bytes(label)
      .map((byte) => byte.toString(16).padStart(2, '0'))
      .join('')
  );
}

export const isCustomTopic = (key: string) => CUSTOM_TOPIC_PATTERN.test(key);

/** A topic's name, built-in or added by staff. */
export function topicLabel(key: string): string {
  if (key in TOPIC_LABELS) return TOPIC_LABELS[key as Topic];
  if (!isCustomTopic(key)) return key;
  const bytes = key
    .slice(CUSTOM_PREFIX.length)
    .match(/../g)!
    .map((pair) => parseInt(pair, 16));
  return utf8Text(bytes) ?? key;
}

export interface TopicView {
  key: string;
  label: string;
  custom: boolean;
}

export const BUILT_IN_TOPICS: TopicView[] = TOPICS.map((key) => ({
  key,
  label: TOPIC_LABELS[key],
  custom: false,
}));
