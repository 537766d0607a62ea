import Taro from '@tarojs/taro';

const LARGE_TEXT_KEY = 'sunshine.largeText';

/** WeChat's standard text size (我 → 设置 → 通用 → 字体大小), in px; anything larger asks for large text. */
export const STANDARD_FONT_SIZE_SETTING = 17;

/**
 * The text size the resident chose in WeChat, or undefined where there is none (the H5 twin:
 * Taro's H5 getAppBaseInfo has no such field and its getSystemInfoSync answers NaN).
 * getAppBaseInfo is the current API; older WeChat base libraries only have getSystemInfoSync.
 */
function weChatFontSizeSetting(): number | undefined {
  try {
    // WeChat's getAppBaseInfo answers fontSizeSetting (base library 2.20.1+); Taro's type omits it.
    const base: { fontSizeSetting?: number } | undefined =
      typeof Taro.getAppBaseInfo === 'function' ? (Taro.getAppBaseInfo() as object) : undefined;
    const size = base?.fontSizeSetting ?? Taro.getSystemInfoSync().fontSizeSetting;
    return Number.isFinite(size) ? size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * 适老化: larger text for older residents. The in-app switch, once used, is remembered on this
 * phone and wins; until then the first open follows WeChat's own text size setting.
 */
export function readLargeText(): boolean {
  const chosen: unknown = Taro.getStorageSync(LARGE_TEXT_KEY);
  if (typeof chosen === 'boolean') return chosen;
  const setting = weChatFontSizeSetting();
  return setting !== undefined && setting > STANDARD_FONT_SIZE_SETTING;
}

const listeners = new Set<(on: boolean) => void>();

/** Remembers the resident's choice and tells every page that shows text (useLargeText) at once. */
export function saveLargeText(on: boolean) {
  Taro.setStorageSync(LARGE_TEXT_KEY, on);
  listeners.forEach((listener) => listener(on));
}

/** Calls `listener` on each change of the switch; returns the function that stops it. */
export function onLargeTextChange(listener: (on: boolean) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
