import { SubscribeInputSchema } from '@sunshine/shared';
import { parseBody } from '../../commons/http';
import { subscriptionDeps } from '../../wiring/subscriptions';
import { subscribe } from '../../domain/subscriptions/subscribe';
import { route } from '../route';

export const handler = route('subscribe', ({ event, actor }) =>
  subscribe(subscriptionDeps(), actor, parseBody(SubscribeInputSchema, event)),
);
