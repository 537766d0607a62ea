import { pathParam } from '../../commons/http';
import { mySubscriptionDeps } from '../../wiring/subscriptions';
import { cancelSubscription } from '../../domain/subscriptions/my-subscriptions';
import { route } from '../route';

export const handler = route('cancelSubscription', ({ event, actor }) =>
  cancelSubscription(mySubscriptionDeps(), actor, pathParam(event, 'topic')),
);
