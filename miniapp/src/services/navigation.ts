import Taro from '@tarojs/taro';
import { isTabUrl } from '../page-urls';

/**
 * Opens a page by its address from page-urls.ts. A tab page (首页, 办事, 互动, 我的) goes through
 * `switchTab` without its query, which WeChat requires (navigateTo to one fails, and switchTab
 * takes no query); any other page is pushed with `navigateTo`. One place for that rule, so a link
 * keeps working when its page becomes a tab or stops being one.
 */
export function openPage(url: string): Promise<unknown> {
  return isTabUrl(url) ? Taro.switchTab({ url: url.split('?')[0]! }) : Taro.navigateTo({ url });
}
