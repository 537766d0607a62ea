import Taro from '@tarojs/taro';
import type { SessionView } from '@sunshine/shared';

/**
 * The signed-in session, kept in local storage so it survives restarts. The token is the
 * project's own (never WeChat's session_key, which stays on the server).
 */
const SESSION_KEY = 'sunshine.session';
const DEV_IDENTITY_KEY = 'sunshine.devIdentity';
/** Renew this long before expiry, so a request never leaves with a token about to lapse. */
const RENEW_MARGIN_MS = 5 * 60_000;

export function readSession(): SessionView | undefined {
  const stored = Taro.getStorageSync(SESSION_KEY) as SessionView | '';
  return stored && typeof stored === 'object' && stored.token ? stored : undefined;
}

export function saveSession(session: SessionView) {
  Taro.setStorageSync(SESSION_KEY, session);
}

export function clearSession() {
  Taro.removeStorageSync(SESSION_KEY);
}

export function isFresh(
  session: SessionView | undefined,
  now = Date.now(),
): session is SessionView {
  return Boolean(session && session.expiresAt - now > RENEW_MARGIN_MS);
}

/**
 * H5 development sign-in: the identity chosen on the sign-in page stands in for a WeChat
 * account. Only builds with TARO_APP_DEV_SIGN_IN=true (never the WeChat build) offer it.
 */
export function devSignInEnabled(): boolean {
  return process.env.TARO_ENV === 'h5' && process.env.TARO_APP_DEV_SIGN_IN === 'true';
}

export function readDevIdentity(): string | undefined {
  return (Taro.getStorageSync(DEV_IDENTITY_KEY) as string) || undefined;
}

export function saveDevIdentity(identity: string) {
  Taro.setStorageSync(DEV_IDENTITY_KEY, identity);
}

export function clearDevIdentity() {
  Taro.removeStorageSync(DEV_IDENTITY_KEY);
}
