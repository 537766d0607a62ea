import {
  isSubscriptionTopic,
  OPEN_TOPICS,
  subscriptionTopicLabel,
  type MySubscriptionsView,
  type SubscriptionOptionsView,
} from '@sunshine/shared';
import { NotFoundError, ValidationError } from '../../commons/errors';
import type { TemplateIds } from '../../ports/notification-ports';
import type { SubscriptionStore } from '../../ports/subscription-store';
import type { Actor } from '../identity/actor';
import { templateViews } from './templates';
import { mySubscriptionViews } from './views';

export interface MySubscriptionDeps {
  subscriptions: SubscriptionStore;
  templates: TemplateIds;
}

/** What anyone may subscribe to and which template each message uses: the app never hard-codes a template id. */
export function subscriptionOptions(templates: TemplateIds): SubscriptionOptionsView {
  return {
    topics: OPEN_TOPICS.map(({ topic, group }) => ({
      topic,
      label: subscriptionTopicLabel(topic),
      group,
    })),
    templates: templateViews(templates),
  };
}

export async function listMySubscriptions(
  deps: MySubscriptionDeps,
  actor: Actor,
): Promise<MySubscriptionsView> {
  return mySubscriptionViews(deps.templates, await deps.subscriptions.listMine(actor.userId));
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
