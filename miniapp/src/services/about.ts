import Taro from '@tarojs/taro';

/**
 * The version 我的 › 关于 names: WeChat's release number once the mini-program is published (empty
 * in development and trial builds), else the build's own (miniapp/package.json, set by the build
 * config as APP_VERSION).
 */
export function appVersion(): string {
  if (process.env.TARO_ENV === 'weapp') {
    try {
      const released = Taro.getAccountInfoSync().miniProgram.version;
      if (released) return released;
    } catch {
      // An older base library: the build's version below.
    }
  }
  return process.env.APP_VERSION ?? '';
}
