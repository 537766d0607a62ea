import { DynamoSubscriptionStore } from '../adapters/dynamo/subscription-store';
import { templateIds } from '../config';
import type { MySubscriptionDeps } from '../domain/subscriptions/my-subscriptions';
import type { SubscriptionDeps } from '../domain/subscriptions/subscribe';
import { applicationStore } from './applications';
import { officeListOf } from '../domain/bureau/offices';
import { clock, tableStore } from './base';
import { bureauStore } from './bureau';
import { contentStore, topicStore } from './content';
import { concernStore } from './concern-store';
import { userStore } from './identity';
import { questionStore } from './questions';

/** Who subscribed to what (issue 7); also the fan-out's SubscriberDirectory. */
export const subscriptionStore = /* @__PURE__ */ tableStore(DynamoSubscriptionStore);
export const subscriberDirectory = subscriptionStore;
export const mySubscriptionDeps = (): MySubscriptionDeps => ({
  subscriptions: subscriptionStore(),
  templates: templateIds(),
  offices: officeListOf(bureauStore()),
});
export const subscriptionDeps = (): SubscriptionDeps => ({
  ...mySubscriptionDeps(),
  clock,
  users: userStore(),
  questions: questionStore(),
  applications: applicationStore(),
  content: contentStore(),
  topics: topicStore(),
  concerns: concernStore(),
});
