import { mySubscriptionDeps } from '../../container';
import { listMySubscriptions } from '../../domain/subscriptions/my-subscriptions';
import { route } from '../route';

export const handler = route('listMySubscriptions', ({ actor }) => listMySubscriptions(mySubscriptionDeps(), actor));
