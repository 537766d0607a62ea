import { profileOffices } from '@sunshine/shared';
import { templateIds } from '../../config';
import { recentBureau } from '../../wiring/bureau';
import { subscriptionOptions } from '../../domain/subscriptions/my-subscriptions';
import { publicRoute } from '../public-route';

export const handler = publicRoute('subscriptionOptions', async () =>
  subscriptionOptions(templateIds(), profileOffices(await recentBureau()())),
);
