import {
  isCustomTopic,
  messageKindOf,
  type FieldIssue,
  type SubscribeInput,
  type SubscribeOutcomeView,
  type SubscribeResult,
  type SubscriptionTopic,
} from '@sunshine/shared';
import { ValidationError } from '../../commons/errors';
import type { Clock } from '../../ports/clock';
import type { TemplateIds } from '../../ports/notification-ports';
import type { SubscriptionStore } from '../../ports/subscription-store';
import type { TopicStore } from '../../ports/topic-store';
import type { UserStore } from '../../ports/user-store';
import type { Actor } from '../identity/actor';
import { followUpIssues, type FollowUpDeps } from './follow-ups';
import { officesFor, type MySubscriptionDeps } from './my-subscriptions';
import { mySubscriptionViews } from './views';
import { templateById } from './templates';

export interface SubscriptionDeps extends FollowUpDeps, Pick<MySubscriptionDeps, 'offices'> {
  subscriptions: SubscriptionStore;
  templates: TemplateIds;
  users: Pick<UserStore, 'get'>;
  clock: Clock;
  /** The topics staff added: a `topic:` of an added one is subscribed only if it was added (none: none was). */
  topics?: Pick<TopicStore, 'listCustom'>;
}

const addedTopicOf = (topic: SubscriptionTopic) => {
  const key = topic.startsWith('topic:') ? topic.slice('topic:'.length) : undefined;
  return key !== undefined && isCustomTopic(key) ? key : undefined;
};

/** The added topics asked for that staff never added (one GetItem, only when one is asked for). */
async function unknownTopicIssues(
  deps: Pick<SubscriptionDeps, 'topics'>,
  topics: SubscriptionTopic[],
): Promise<FieldIssue[]> {
  if (!topics.some(addedTopicOf)) return [];
  const added = new Set((await deps.topics?.listCustom())?.map(({ key }) => key));
  return topics.flatMap((topic, i) => {
    const key = addedTopicOf(topic);
    return key !== undefined && !added.has(key)
      ? [{ field: `topics.${i}`, message: '该主题不存在' }]
      : [];
  });
}

/** Why nothing was subscribed, by the strongest refusal among the answers that mattered. */
function refusalMessage(answers: SubscribeResult[]): string {
  if (answers.includes('ban'))
    return '您已在微信中关闭了此类通知，本次未订阅。可在小程序右上角「···」→「设置」中开启后再订阅';
  if (answers.includes('filter')) return '该通知暂时无法订阅，本次未订阅';
  return '您未允许接收通知，本次未订阅';
}

/** Our templates only, each answered once; every topic's template among the answers. */
function requestIssues(
  deps: Pick<SubscriptionDeps, 'templates'>,
  input: SubscribeInput,
): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = input.results.flatMap(({ templateId }, i) => {
    const field = `results.${i}.templateId`;
    if (!templateById(deps.templates, templateId))
      return [{ field, message: '不是本应用的订阅消息模板' }];
    if (seen.has(templateId)) return [{ field, message: '同一消息模板只能有一个授权结果' }];
    seen.add(templateId);
    return [];
  });
  input.topics.forEach((topic, i) => {
    if (!seen.has(deps.templates[messageKindOf(topic)].templateId))
      issues.push({ field: `topics.${i}`, message: '缺少这项订阅所需消息的授权结果' });
  });
  return issues;
}

/**
 * A resident answered WeChat's subscription prompt. Every answer is kept (the last per template);
 * each accept of a one-time template is one credit (one message WeChat will let us send); the
 * topics whose template was accepted are subscribed, with the person's openid for the sender
 * (it never comes back to the client). A refusal subscribes nothing, and says so.
 */
export async function subscribe(
  deps: SubscriptionDeps,
  actor: Actor,
  input: SubscribeInput,
): Promise<SubscribeOutcomeView> {
  const issues = requestIssues(deps, input);
  if (issues.length) throw new ValidationError(issues);
  const ownership = await followUpIssues(deps, actor.userId, input.topics);
  if (ownership.length) throw new ValidationError(ownership);
  // An office topic names one of the bureau's offices (the schema checked only its form).
  const offices = await officesFor(deps, input.topics);
  const unknownOffices: FieldIssue[] = input.topics.flatMap((topic, i) =>
    offices && topic.startsWith('office:') && !offices.some((o) => `office:${o.id}` === topic)
      ? [{ field: `topics.${i}`, message: `科室「${topic.slice('office:'.length)}」不存在` }]
      : [],
  );
  if (unknownOffices.length) throw new ValidationError(unknownOffices);
  const unknownTopics = await unknownTopicIssues(deps, input.topics);
  if (unknownTopics.length) throw new ValidationError(unknownTopics);

  const answerOf = new Map(input.results.map(({ templateId, result }) => [templateId, result]));
  const answerFor = (topic: SubscriptionTopic) =>
    answerOf.get(deps.templates[messageKindOf(topic)].templateId)!;
  const topics = [...new Set(input.topics)];
  const subscribed = topics.filter((topic) => answerFor(topic) === 'accept');
  const credited = input.results
    .filter(
      ({ templateId, result }) =>
        result === 'accept' && !templateById(deps.templates, templateId)!.longTerm,
    )
    .map(({ templateId }) => templateId);
  const user = subscribed.length ? await deps.users.get(actor.userId) : undefined;

  await deps.subscriptions.record({
    userId: actor.userId,
    openid: user?.openid,
    at: deps.clock.now().toISOString(),
    results: input.results,
    credited,
    topics: subscribed,
    clientKey: input.clientKey,
  });

  const notSubscribed = topics.filter((topic) => !subscribed.includes(topic));
  // Read back for the credits now left (other requests may have added some), in the order asked.
  const current = subscribed.length
    ? mySubscriptionViews(deps.templates, await deps.subscriptions.listMine(actor.userId), offices)
        .topics
    : [];
  const views = subscribed.flatMap((topic) => current.filter((view) => view.topic === topic));
  const message = !subscribed.length
    ? refusalMessage(notSubscribed.map(answerFor))
    : notSubscribed.length
      ? '部分内容已订阅；未允许的通知不会发送给您'
      : '订阅成功，有新消息时将通过微信通知您';
  return { subscribed: views, notSubscribed, message };
}
