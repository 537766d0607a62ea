import { RESIDENT_PAGES, STAFF_PAGES, STAFF_ROOT } from './page-urls';

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
});
