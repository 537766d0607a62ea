import type { SessionView } from '@sunshine/shared';
import { AppError, RateLimitedError } from '../../commons/errors';
import type { AuditLog } from '../../ports/audit-log';
import type { SessionTokens } from '../../ports/session-tokens';
import { RateLimitError, type SignInThrottle } from '../../ports/sign-in-throttle';
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
  throttle: SignInThrottle;
  /** Sign-in attempts allowed a minute from everyone together (the stage's configuration). */
  signInsPerMinute: number;
}

/**
 * Attempts a minute from one address. A session lasts two hours and renews silently, so a person
 * signs in a few times a day; a district hall's Wi-Fi or a carrier's NAT shares one address among
 * many, and even then twenty a minute (1,200 an hour) is beyond a hall, with room for the local
 * stack's end-to-end tests, which all sign in from 127.0.0.1. Sixty junk codes from one address
 * then cost WeChat twenty calls, not sixty; the overall limit caps many addresses together.
 */
export const SIGN_INS_PER_ADDRESS_PER_MINUTE = 20;

/** Seconds until the next whole minute (UTC): when a minute's counters, ours and WeChat's, turn. */
const untilNextMinute = (at: Date) =>
  (Math.floor(at.getTime() / 60_000 + 1) * 60_000 - at.getTime()) / 1000;
const TOO_MANY = '登录过于频繁，请稍后再试';

/** WeChat's errcodes of jscode2session, in words a resident can act on. */
function wechatFailure(error: WeChatError, at: Date): AppError {
  switch (error.errcode) {
    case 40029: // invalid code
    case 40163: // code already used
      return new AppError('LOGIN_CODE_INVALID');
    case 45011: // WeChat's minute quota: "retry next minute"
      return new RateLimitedError(untilNextMinute(at), TOO_MANY);
    case 40226:
      return new AppError('ACCOUNT_BLOCKED');
    default: // -1 busy (after a retry), or a configuration problem we must not describe
      return new AppError('UPSTREAM_BUSY');
  }
}

/**
 * Sign in with a one-time WeChat code: exchange it for the openid (session_key stays with
 * WeChat and is never stored or returned), find or create the user, and issue our own token.
 * Each attempt is counted first, per address and overall: a flood of junk codes must not spend
 * the app's jscode2session quota, which would make WeChat refuse sign-in to every resident.
 */
export async function signIn(
  deps: SignInDeps,
  code: string,
  origin: { ip?: string } = {},
): Promise<SessionView> {
  const at = deps.clock.now();
  try {
    await deps.throttle.admit(
      origin.ip,
      {
        perAddressPerMinute: SIGN_INS_PER_ADDRESS_PER_MINUTE,
        overallPerMinute: deps.signInsPerMinute,
      },
      at.toISOString(),
    );
  } catch (error) {
    if (error instanceof RateLimitError) throw new RateLimitedError(untilNextMinute(at), TOO_MANY);
    throw error;
  }
  let identity: { openid: string; unionid?: string };
  try {
    identity = await deps.wechat.code2session(code);
  } catch (error) {
    if (error instanceof WeChatError) throw wechatFailure(error, at);
    throw error;
  }
  const userId =
    (await deps.users.findByOpenid(identity.openid)) ??
    (await deps.users.create({
      userId: deps.ids.next(),
      openid: identity.openid,
      unionid: identity.unionid,
      createdAt: deps.clock.now().toISOString(),
    }));
  const member = await deps.staff.get(userId);
  const staff = member?.status === 'active' ? member : undefined;
  if (staff) {
    await deps.audit.append(
      auditEntry(
        deps,
        staff,
        'staff.sign_in',
        { itemType: 'staff', itemId: userId },
        `${staff.displayName} 登录`,
      ),
    );
  }
  const { token, expiresAt } = await deps.tokens.issue(userId, staff?.roles ?? []);
  return {
    token,
    expiresAt,
    user: { userId, roles: staff?.roles ?? [], displayName: staff?.displayName },
  };
}
