import {
  isSubscriptionTopic,
  openTopics,
  subscriptionTopicLabel,
  type MySubscriptionsView,
  type OfficeOption,
  type SubscriptionOptionsView,
  type SubscriptionTopic,
  type TopicView,
} from '@sunshine/shared';
import { NotFoundError, ValidationError } from '../../commons/errors';
import type { TemplateIds } from '../../ports/notification-ports';
import type { SubscriptionStore } from '../../ports/subscription-store';
import type { Actor } from '../identity/actor';
import type { OfficeList } from '../bureau/offices';
import { templateViews } from './templates';
import { mySubscriptionViews } from './views';

export interface MySubscriptionDeps {
  subscriptions: SubscriptionStore;
  templates: TemplateIds;
  /** The bureau's offices, to name office topics (none: the built-in names). */
  offices?: OfficeList;
}

const isOfficeTopic = (topic: SubscriptionTopic) => topic.startsWith('office:');

/** The offices, read only when some topic names one. */
export async function officesFor(
  deps: Pick<MySubscriptionDeps, 'offices'>,
  topics: SubscriptionTopic[],
): Promise<OfficeOption[] | undefined> {
  return deps.offices && topics.some(isOfficeTopic) ? deps.offices() : undefined;
}

/**
 * What anyone may subscribe to and which template each message uses: the app never hard-codes a
 * template id. `topics`: every topic residents browse by (built-in and added; default built-in).
 */
export function subscriptionOptions(
  templates: TemplateIds,
  offices: readonly OfficeOption[],
  topics?: readonly TopicView[],
): SubscriptionOptionsView {
  return {
    topics: openTopics(offices, topics).map(({ topic, group }) => ({
      topic,
      label: subscriptionTopicLabel(topic, offices),
      group,
    })),
    templates: templateViews(templates),
  };
}

export async function listMySubscriptions(
  deps: MySubscriptionDeps,
  actor: Actor,
): Promise<MySubscriptionsView> {
  const mine = await deps.subscriptions.listMine(actor.userId);
  const offices = await officesFor(
    deps,
    mine.topics.map(({ topic }) => topic),
  );
  return mySubscriptionViews(deps.templates, mine, offices);
}

/** Cancel one topic (the path carries it URL-encoded); the credits stay, as WeChat keeps them too. */
export async function cancelSubscription(
  deps: MySubscriptionDeps,
  actor: Actor,
  pathTopic: string,
): Promise<MySubscriptionsView> {
  // Gateways differ in whether they decode a path parameter; a topic never holds '%', so decoding is safe either way.
  let topic = pathTopic;
  try {
    if (topic.includes('%')) topic = decodeURIComponent(topic);
  } catch {
    // Not valid percent-encoding: not a topic either, as the check below says.
  }
  if (!isSubscriptionTopic(topic))
    throw new ValidationError([{ field: 'topic', message: '没有这项订阅内容' }]);
  if (!(await deps.subscriptions.cancel(actor.userId, topic)))
    throw new NotFoundError('您没有订阅这项内容');
  return listMySubscriptions(deps, actor);
}
