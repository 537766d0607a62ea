import Taro from '@tarojs/taro';
import type { JoinInput, MeView, SessionView } from '@sunshine/shared';
import { ApiError } from './api-error';
import { call, onSessionNeeded, send } from './request';
import {
  clearDevIdentity,
  clearSession,
  devSignInEnabled,
  readDevIdentity,
  readSession,
  saveDevIdentity,
  saveSession,
} from './session';

/** The sandbox's own origin for H5 development; empty means this origin (the dev server forwards). */
export function sandboxBase(): string {
  return (process.env.TARO_APP_H5_SANDBOX_BASE ?? '').replace(/\/$/, '');
}

/** A one-time login code: from WeChat in the mini-program, from the sandbox in H5 development. */
async function loginCode(): Promise<string> {
  if (devSignInEnabled()) {
    const identity = readDevIdentity();
    if (!identity) throw new ApiError('UNAUTHENTICATED');
    const response = await send(`${sandboxBase()}/sandbox/login-code`, 'POST', {
      body: { identity },
    });
    const code = (response.data as { code?: string } | undefined)?.code;
    if (!code) throw new ApiError('UPSTREAM_BUSY');
    return code;
  }
  if (process.env.TARO_ENV === 'h5') throw new ApiError('UNAUTHENTICATED', '请在微信中打开');
  const { code } = await Taro.login();
  return code;
}

let pending: Promise<SessionView> | undefined;

/** Sign in (or renew) silently; concurrent callers share one sign-in. */
export function signIn(): Promise<SessionView> {
  pending ??= (async () => {
    try {
      const session = await call('login', { body: { code: await loginCode() } });
      saveSession(session);
      return session;
    } finally {
      pending = undefined;
    }
  })();
  return pending;
}

onSessionNeeded(async () => (await signIn()).token);

/** H5 development: sign in as a test identity the WeChat sandbox knows. */
export async function signInAs(identity: string): Promise<SessionView> {
  clearSession();
  saveDevIdentity(identity);
  return signIn();
}

export function signOut() {
  clearSession();
  clearDevIdentity();
}

export function currentSession(): SessionView | undefined {
  return readSession();
}

/** Who am I now: roles are read from the server, so a change takes effect at once. */
export async function fetchMe(): Promise<MeView> {
  const me = await call('me');
  const session = readSession();
  if (session) saveSession({ ...session, user: me });
  return me;
}

export function joinStaff(input: JoinInput): Promise<MeView> {
  return call('joinStaff', { body: input });
}
