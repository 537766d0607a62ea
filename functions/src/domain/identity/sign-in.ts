import type { SessionView } from '@sunshine/shared';
import { AppError } from '../../commons/errors';
import type { AuditLog } from '../../ports/audit-log';
import type { SessionTokens } from '../../ports/session-tokens';
import type { StaffStore } from '../../ports/staff-store';
import type { UserStore } from '../../ports/user-store';
import { WeChatError, type WeChatAuth } from '../../ports/wechat-auth';
import { auditEntry, type AuditDeps } from '../audit/entry';

export interface SignInDeps extends AuditDeps {
  wechat: WeChatAuth;
  users: UserStore;
  staff: StaffStore;
  tokens: SessionTokens;
  audit: AuditLog;
}

/** WeChat's errcodes of jscode2session, in words a resident can act on. */
function wechatFailure(error: WeChatError): AppError {
  switch (error.errcode) {
    case 40029: // invalid code
    case 40163: // code already used
      return new AppError('LOGIN_CODE_INVALID');
    case 45011:
      return new AppError('RATE_LIMITED');
    case 40226:
      return new AppError('ACCOUNT_BLOCKED');
    default: // -1 busy (after a retry), or a configuration problem we must not describe
      return new AppError('UPSTREAM_BUSY');
  }
}

/**
 * Sign in with a one-time WeChat code: exchange it for the openid (session_key stays with
 * WeChat and is never stored or returned), find or create the user, and issue our own token.
 */
export async function signIn(deps: SignInDeps, code: string): Promise<SessionView> {
  let identity: { openid: string; unionid?: string };
  try {
    identity = await deps.wechat.code2session(code);
  } catch (error) {
    if (error instanceof WeChatError) throw wechatFailure(error);
    throw error;
  }
  const userId =
    (await deps.users.findByOpenid(identity.openid)) ??
    (await deps.users.create({ userId: deps.ids.next(), openid: identity.openid, unionid: identity.unionid, createdAt: deps.clock.now().toISOString() }));
  const member = await deps.staff.get(userId);
  const staff = member?.status === 'active' ? member : undefined;
  if (staff) {
    await deps.audit.append(auditEntry(deps, staff, 'staff.sign_in', { itemType: 'staff', itemId: userId }, `${staff.displayName} 登录`));
  }
  const { token, expiresAt } = await deps.tokens.issue(userId, staff?.roles ?? []);
  return { token, expiresAt, user: { userId, roles: staff?.roles ?? [], displayName: staff?.displayName } };
}
