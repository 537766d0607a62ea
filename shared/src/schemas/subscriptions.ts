import * as v from 'valibot';
import { ClientKeySchema } from './client-key';
import { CATEGORY_LABELS, DISCLOSURE_CATEGORIES } from '../categories';
import { BUILT_IN_TOPICS, isCustomTopic, topicLabel, TOPICS, type TopicView } from '../catalogue';
import { OFFICE_ID_PATTERN, officeName, type OfficeOption } from './bureau';
import {
  SUBSCRIBE_RESULTS,
  type MessageKind,
  type SubscribeResult,
  type SubscriptionTopic,
} from './notifications';

/**
 * Subscribing (issue 7): which topics exist, what each is called, which message each one brings,
 * and the rules of the requests that subscribe, list and cancel. The types of the contract are in
 * notifications.ts; this file holds the rules built on them.
 */
export const URGENT_TOPIC = 'urgent' as const;
/**
 * Follow-ups of one item: its id is a ULID; the API checks who may subscribe (one's own question
 * or application; any published consultation or existing concern).
 */
export const FOLLOW_UP_KINDS = ['consultation', 'question', 'application', 'concern'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** A topic asked for in one request: at most this many (a page offers one; the API tolerates a few). */
export const MAX_TOPICS_PER_REQUEST = 10;
/** WeChat's advice for `wx.requestSubscribeMessage`: design for at most 3 templates a call. */
export const MAX_TEMPLATES_PER_REQUEST = 3;

/** What each kind of message is called where a person agrees to receive it. */
export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  release: '政务信息发布通知',
  reply: '答复结果通知',
  reminder: '工作提醒',
};

/** A staff member's own reminders (关切 deadlines): `staff:<userId>`, only they may subscribe. */
export const STAFF_TOPIC_PREFIX = 'staff:' as const;
export const staffTopic = (userId: string) => `${STAFF_TOPIC_PREFIX}${userId}` as const;
/** The staff member a topic reminds, or undefined for any other topic. */
export function staffOf(topic: string): string | undefined {
  const [group, id = '', ...rest] = topic.split(':');
  return group === 'staff' && !rest.length && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
}

const FOLLOW_UP_LABELS: Record<FollowUpKind, string> = {
  consultation: '征求意见采纳情况',
  question: '留言答复提醒',
  application: '信息公开申请答复提醒',
  concern: '关切事项进展',
};

/** A follow-up topic's kind and item id, or undefined for a topic of the library. */
export function followUpOf(topic: string): { kind: FollowUpKind; id: string } | undefined {
  const [kind, id = '', ...rest] = topic.split(':');
  if (rest.length || !(FOLLOW_UP_KINDS as readonly string[]).includes(kind ?? '') || !ULID.test(id))
    return undefined;
  return { kind: kind as FollowUpKind, id };
}

/**
 * Whether a string names a topic that may exist: a listed category, an office by its id's form
 * (the API checks it is one of the bureau's), a built-in topic or an added one by its key's form
 * (the API checks it was added), urgent notices, or a follow-up of one item.
 */
export function isSubscriptionTopic(topic: string): topic is SubscriptionTopic {
  if (topic === URGENT_TOPIC) return true;
  const [group, key = '', ...rest] = topic.split(':');
  if (rest.length) return false;
  if (group === 'category') return (DISCLOSURE_CATEGORIES as readonly string[]).includes(key);
  if (group === 'office') return OFFICE_ID_PATTERN.test(key);
  if (group === 'topic') return (TOPICS as readonly string[]).includes(key) || isCustomTopic(key);
  if (staffOf(topic)) return true;
  return followUpOf(topic) !== undefined;
}

/**
 * What a resident reads for a topic (a follow-up is named by what it waits for, not by its item);
 * an office by the bureau's name for it, given its offices.
 */
export function subscriptionTopicLabel(
  topic: SubscriptionTopic,
  offices?: readonly OfficeOption[],
): string {
  if (topic === URGENT_TOPIC) return '紧急通告';
  if (staffOf(topic)) return MESSAGE_KIND_LABELS.reminder;
  const followUp = followUpOf(topic);
  if (followUp) return FOLLOW_UP_LABELS[followUp.kind];
  const [group, key] = topic.split(':') as [string, string];
  if (group === 'topic') return topicLabel(key);
  return group === 'category'
    ? CATEGORY_LABELS[key as keyof typeof CATEGORY_LABELS]
    : officeName(key, offices);
}

/** The message a topic brings: an answer to one's own question or application is a reply; a staff member's deadline a reminder; anything else a release. */
export function messageKindOf(topic: SubscriptionTopic): MessageKind {
  if (staffOf(topic)) return 'reminder';
  const followUp = followUpOf(topic);
  return followUp && (followUp.kind === 'question' || followUp.kind === 'application')
    ? 'reply'
    : 'release';
}

export type TopicGroup = 'category' | 'office' | 'topic' | 'urgent';

/**
 * The topics offered to everyone, in the order residents see them (follow-ups are offered beside
 * their item): the categories, the bureau's offices, the topics (built-in, then those staff
 * added), urgent notices.
 */
export function openTopics(
  offices: readonly OfficeOption[],
  topics: readonly Pick<TopicView, 'key'>[] = BUILT_IN_TOPICS,
): Array<{ topic: SubscriptionTopic; group: TopicGroup }> {
  return [
    ...DISCLOSURE_CATEGORIES.map((key) => ({
      topic: `category:${key}` as const,
      group: 'category' as const,
    })),
    ...offices.map(({ id }) => ({ topic: `office:${id}` as const, group: 'office' as const })),
    ...topics.map(({ key }) => ({ topic: `topic:${key}` as const, group: 'topic' as const })),
    { topic: URGENT_TOPIC, group: 'urgent' },
  ];
}

/**
 * What a category, office or topic subscription brings: every kind's release filed under it
 * (functions/src/domain/notifications/release-for.ts decides them; docs/features/notifications.md
 * lists them), so its button says all of it.
 */
export const LIBRARY_RELEASES =
  '新发布的政策文件、解读、问答、通告、年度报告，办事指南新增或变更（收费、时限、材料、地点、办公时间），征求意见开始及采纳情况';

/** The words of a subscribe button and of the prompt standing in for WeChat's: exactly what will arrive. */
export interface SubscriptionWords {
  /** The button's action, e.g. 订阅「出入境」. */
  label: string;
  /** What will arrive, on the button under its action (label and this read as one sentence: 「label：arrives」). */
  arrives: string;
  /** What the person agrees to receive, in the H5 stand-in's 「接收…通知」. */
  subject: string;
}

/**
 * What subscribing to a topic promises, in one place for every button and the docs. `name` is a
 * category's, office's or topic's name as the page shows it (default: subscriptionTopicLabel's,
 * which names an office by its built-in name only).
 */
export function subscriptionWords(topic: SubscriptionTopic, name?: string): SubscriptionWords {
  if (topic === URGENT_TOPIC)
    return {
      label: '订阅紧急通告',
      arrives: '发布紧急通告时提醒您',
      subject: '紧急通告发布',
    };
  const followUp = followUpOf(topic);
  if (followUp?.kind === 'consultation')
    return {
      label: '采纳情况公布后提醒我',
      arrives: '本次征求意见的采纳情况公布时提醒您',
      subject: '本次征求意见的采纳情况公布',
    };
  if (followUp?.kind === 'question')
    return {
      label: '答复后提醒我',
      arrives: '本条留言答复后提醒您，在“我的留言”查看答复',
      subject: '本条留言的答复',
    };
  if (followUp?.kind === 'application')
    return {
      label: '答复后提醒我',
      arrives: '本件申请答复后提醒您，在“我的申请”查看答复',
      subject: '本件信息公开申请的答复',
    };
  if (followUp?.kind === 'concern')
    return {
      label: '关注此事',
      arrives: '此事有新的权威发布或进展通报时提醒您',
      subject: '本关切事项的权威发布和进展通报',
    };
  if (staffOf(topic))
    return {
      label: '订阅工作提醒',
      arrives: '承办的关切事项到半程和截止前一小时提醒您',
      subject: '承办关切事项的办理时限提醒',
    };
  const named = `「${name ?? subscriptionTopicLabel(topic)}」`;
  return {
    label: `订阅${named}`,
    arrives: LIBRARY_RELEASES,
    subject: `${named}${LIBRARY_RELEASES}`,
  };
}

export const SubscriptionTopicSchema = v.pipe(
  v.string('请选择订阅内容'),
  v.check((topic) => isSubscriptionTopic(topic), '没有这项订阅内容'),
  v.transform((topic) => topic as SubscriptionTopic),
);

export const SubscribeInputSchema = v.object({
  /** One per prompt answered: a retried request records its answers (and credits) once. */
  clientKey: v.optional(ClientKeySchema),
  topics: v.pipe(
    v.array(SubscriptionTopicSchema, '请选择订阅内容'),
    v.minLength(1, '请选择订阅内容'),
    v.maxLength(MAX_TOPICS_PER_REQUEST, `一次最多订阅 ${MAX_TOPICS_PER_REQUEST} 项`),
  ),
  /** What WeChat answered for each template asked (the client sends every answer, refusals too). */
  results: v.pipe(
    v.array(
      v.object({
        templateId: v.pipe(
          v.string('缺少消息模板'),
          v.minLength(1, '缺少消息模板'),
          v.maxLength(128, '消息模板无效'),
        ),
        result: v.picklist(SUBSCRIBE_RESULTS, '授权结果无效'),
      }),
      '缺少授权结果',
    ),
    v.minLength(1, '缺少授权结果'),
    v.maxLength(MAX_TEMPLATES_PER_REQUEST, `一次最多请求 ${MAX_TEMPLATES_PER_REQUEST} 个消息模板`),
  ),
});
export type SubscribeInput = v.InferOutput<typeof SubscribeInputSchema>;

/** A template as the mini-program asks for it. */
export interface TemplateView {
  kind: MessageKind;
  templateId: string;
  /** Long-term (长期订阅, government-service categories): one accept, no count of sends. */
  longTerm: boolean;
}

/** GET /v1/subscriptions/options: what may be subscribed, and the template each message uses. */
export interface SubscriptionOptionsView {
  topics: Array<{ topic: SubscriptionTopic; label: string; group: TopicGroup }>;
  templates: TemplateView[];
}

/** One topic a person subscribed to, with what their template still allows. */
export interface MySubscriptionView {
  topic: SubscriptionTopic;
  label: string;
  kind: MessageKind;
  templateId: string;
  longTerm: boolean;
  /** Messages still receivable on this topic's template (one-time templates; 0 for long-term ones). */
  credits: number;
  since: string;
}

/** GET /v1/me/subscriptions: the topics, and per configured template what is left and WeChat's last answer. */
export interface MySubscriptionsView {
  topics: MySubscriptionView[];
  templates: Array<
    TemplateView & { credits: number; lastResult?: { result: SubscribeResult; at: string } }
  >;
}

/** POST /v1/me/subscriptions: what was subscribed and what was not, said in words. */
export interface SubscribeOutcomeView {
  subscribed: MySubscriptionView[];
  notSubscribed: SubscriptionTopic[];
  message: string;
}
