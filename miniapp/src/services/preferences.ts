import Taro from '@tarojs/taro';

const LARGE_TEXT_KEY = 'sunshine.largeText';

/** 适老化: larger text for older residents, remembered on this phone. */
export function readLargeText(): boolean {
  return Taro.getStorageSync(LARGE_TEXT_KEY) === true;
}

export function saveLargeText(on: boolean) {
  Taro.setStorageSync(LARGE_TEXT_KEY, on);
}
