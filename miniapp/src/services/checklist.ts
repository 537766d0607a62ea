import Taro from '@tarojs/taro';

const key = (guideId: string) => `sunshine.checklist.${guideId}`;

/**
 * A resident's ticks on a guide's materials, kept on the phone only (nothing of it is sent).
 * Kept by material name, so a new version of the guide keeps the ticks of what did not change.
 */
export function readChecked(guideId: string): string[] {
  const stored = Taro.getStorageSync(key(guideId)) as string[] | '';
  return Array.isArray(stored) ? stored : [];
}

export function saveChecked(guideId: string, names: string[]) {
  Taro.setStorageSync(key(guideId), names);
}
