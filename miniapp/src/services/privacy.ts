import Taro from '@tarojs/taro';

type RequirePrivacyAuthorize = (options: { success?: () => void; fail?: () => void }) => void;

/**
 * WeChat's privacy consent (用户隐私保护指引) before a page collects personal data: WeChat shows
 * its agreement if the person has not agreed yet. Older base libraries lack the API and H5 has
 * no WeChat: both go on, the page's own consent checkbox still applies. Answers whether the
 * person agreed (or nothing needed asking).
 */
export function requirePrivacyConsent(): Promise<boolean> {
  const api = (Taro as unknown as { requirePrivacyAuthorize?: RequirePrivacyAuthorize })
    .requirePrivacyAuthorize;
  if (process.env.TARO_ENV !== 'weapp' || typeof api !== 'function') return Promise.resolve(true);
  return new Promise((resolve) => {
    try {
      api({ success: () => resolve(true), fail: () => resolve(false) });
    } catch {
      resolve(true);
    }
  });
}

type OpenPrivacyContract = (options: { success?: () => void; fail?: () => void }) => void;

/** Whether WeChat's own privacy guide (用户隐私保护指引) can be opened here: WeChat only. */
export const canOpenPrivacyGuide = () =>
  process.env.TARO_ENV === 'weapp' &&
  typeof (Taro as unknown as { openPrivacyContract?: unknown }).openPrivacyContract === 'function';

/** Opens the mini-program's privacy guide as registered in the WeChat console. */
export function openPrivacyGuide(): void {
  const api = (Taro as unknown as { openPrivacyContract?: OpenPrivacyContract })
    .openPrivacyContract;
  api?.({});
}
