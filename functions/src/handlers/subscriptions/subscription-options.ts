import { templateIds } from '../../config';
import { subscriptionOptions } from '../../domain/subscriptions/my-subscriptions';
import { publicRoute } from '../public-route';

export const handler = publicRoute('subscriptionOptions', async () =>
  subscriptionOptions(templateIds()),
);
