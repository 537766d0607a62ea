import Taro from '@tarojs/taro';
import { SIGN_IN_URL } from '../page-urls';
import type { ApiError } from './api-error';

/**
 * In WeChat a resident is signed in silently; the H5 build has no WeChat, so a resident action that
 * needs a session goes to the development sign-in page (in the staff subpackage, which also signs
 * residents in). One place for that rule; the address is page-urls.ts's.
 */

export const needsSignInPage = (error: ApiError | undefined) =>
  error?.code === 'UNAUTHENTICATED' && process.env.TARO_ENV === 'h5';

export const openSignInPage = () => void Taro.navigateTo({ url: SIGN_IN_URL });

/** Open the sign-in page if this error calls for it; answers whether it did. */
export function signInIfNeeded(error: ApiError): boolean {
  if (!needsSignInPage(error)) return false;
  openSignInPage();
  return true;
}
