import { profileOffices } from '@sunshine/shared';
import { templateIds } from '../../config';
import { recentBureau } from '../../wiring/bureau';
import { subscriptionOptions } from '../../domain/subscriptions/my-subscriptions';
import { listTopics } from '../../domain/topics/topics';
import { topicStore } from '../../wiring/content';
import { publicRoute } from '../public-route';

export const handler = publicRoute('subscriptionOptions', async () => {
  // The profile is kept a minute per container; the added topics are one GetItem (pattern 163).
  const [profile, topics] = await Promise.all([recentBureau()(), listTopics(topicStore())]);
  return subscriptionOptions(templateIds(), profileOffices(profile), topics);
});
