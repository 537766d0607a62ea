import type { MeView } from '@sunshine/shared';
import { route } from '../route';

/** Who the token's holder is now: roles as the store says at this moment. */
export const handler = route('me', async ({ actor }): Promise<MeView> => ({
  userId: actor.userId,
  roles: actor.roles,
  displayName: actor.displayName,
}));
