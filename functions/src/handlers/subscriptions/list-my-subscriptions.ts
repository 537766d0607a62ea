import { mySubscriptionDeps } from '../../wiring/subscriptions';
import { listMySubscriptions } from '../../domain/subscriptions/my-subscriptions';
import { route } from '../route';

export const handler = route('listMySubscriptions', ({ actor }) =>
  listMySubscriptions(mySubscriptionDeps(), actor),
);
