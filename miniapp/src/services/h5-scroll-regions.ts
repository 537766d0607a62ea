/**
 * In the H5 build each page is a scrolling container (Taro's `.taro_page`), as is every
 * ScrollView. A keyboard or switch-access user can scroll a region only if it can take focus, so
 * give each one a tab stop and a name as it appears. The WeChat build has no such elements.
 */
const SCROLL_REGIONS = '.taro_page, taro-scroll-view-core';

function label(region: Element) {
  if (!region.hasAttribute('tabindex')) region.setAttribute('tabindex', '0');
  if (!region.hasAttribute('role')) region.setAttribute('role', 'region');
  if (!region.hasAttribute('aria-label'))
    region.setAttribute(
      'aria-label',
      region.classList.contains('taro_page') ? '页面内容' : '可横向滑动的选项',
    );
}

export function makeScrollRegionsFocusable(root: Document = document) {
  root.querySelectorAll(SCROLL_REGIONS).forEach(label);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      mutation.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        if (node.matches(SCROLL_REGIONS)) label(node);
        node.querySelectorAll(SCROLL_REGIONS).forEach(label);
      });
    }
  }).observe(root.body, { childList: true, subtree: true });
}
