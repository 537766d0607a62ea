import type { Access } from '@sunshine/shared';
import { AppError } from '../../commons/errors';
import type { SessionTokens } from '../../ports/session-tokens';
import type { StaffStore } from '../../ports/staff-store';
import type { Actor, StaffActor } from './actor';

export interface AuthorizeDeps {
  tokens: SessionTokens;
  staff: StaffStore;
}

/**
 * Decide who may call a route, denying by default. A token proves only a user id; roles are read
 * from the store on every request, so a role change or a revocation applies at once.
 */
export async function authorize(
  deps: AuthorizeDeps,
  access: Access,
  authorization: string | undefined,
): Promise<Actor | undefined> {
  if (access === 'public') return undefined;
  const token = /^Bearer (\S+)$/i.exec(authorization ?? '')?.[1];
  const userId = token ? await deps.tokens.verify(token) : undefined;
  if (!userId) throw new AppError('UNAUTHENTICATED', '登录已过期，请重新登录');
  const member = await deps.staff.get(userId);
  const active = member?.status === 'active' ? member : undefined;
  if (access === 'signedIn')
    return { userId, roles: active?.roles ?? [], displayName: active?.displayName };
  if (!active || !access.some((role) => active.roles.includes(role)))
    throw new AppError('FORBIDDEN');
  const actor: StaffActor = { userId, roles: active.roles, displayName: active.displayName };
  return actor;
}
