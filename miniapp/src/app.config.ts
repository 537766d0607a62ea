import { RESIDENT_PAGES, STAFF_PAGES, STAFF_ROOT, TABS } from './page-urls';

export default defineAppConfig({
  // Declared from the one module of page addresses: Taro evaluates this file (with esbuild), it
  // does not parse it for literals, so the lists may be imported.
  pages: Object.values(RESIDENT_PAGES),
  // Staff pages live in a subpackage: residents never download them.
  subPackages: [{ root: STAFF_ROOT, pages: Object.values(STAFF_PAGES) }],
  window: {
    navigationBarBackgroundColor: '#1E4DA1',
    navigationBarTitleText: '阳光政务',
    navigationBarTextStyle: 'white',
    backgroundColor: '#F3F5F9',
    backgroundTextStyle: 'dark',
  },
  // The tab pages sit in the main package (WeChat requires it). Colours: the theme's muted text
  // (4.5:1 on white) and primary; icons are 81×81 PNGs of a few hundred bytes each.
  tabBar: {
    color: '#5F6672',
    selectedColor: '#1E4DA1',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: TABS.map(({ page, text, icon }) => ({
      pagePath: RESIDENT_PAGES[page],
      text,
      iconPath: `assets/tab-bar/${icon}.png`,
      selectedIconPath: `assets/tab-bar/${icon}-selected.png`,
    })),
  },
});
