import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';

/** What a page shares: its title and the address (page and query) that opens the same content. */
export interface ShareDescription {
  title: string;
  /** A resident page's address from page-urls.ts, e.g. `/pages/search/index?q=%E6%88%B7%E7%B1%8D`. */
  path: string;
}

/** The app's name, after the page's own words in a shared card's title. */
export const APP_TITLE = '阳光政务';

/** A page's title as a shared card shows it: 「我的留言 · 阳光政务」. */
export const titled = (words: string) => `${words} · ${APP_TITLE}`;

/** To a chat: the page and its query as one path (WeChat wants it to start with `/`). */
export const appMessageOf = ({ title, path }: ShareDescription) => ({ title, path });

/**
 * To 朋友圈: WeChat opens the page that is shared, so only its query travels (`q=…`, no `?`), and
 * the title as it is.
 */
export const timelineOf = ({ title, path }: ShareDescription) => {
  const at = path.indexOf('?');
  return { title, query: at < 0 ? '' : path.slice(at + 1) };
};

/**
 * The page can be forwarded to a chat and shared to 朋友圈 (the capsule menu offers both once the
 * page's config enables them), both built from one description. Taro calls the latest handler, so
 * the description may change with what the page shows (the words searched, the facet chosen).
 */
export function useShare(description: ShareDescription): ShareDescription {
  useShareAppMessage(() => appMessageOf(description));
  useShareTimeline(() => timelineOf(description));
  return description;
}
