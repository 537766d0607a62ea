import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { openPhone, screenshot } from './support/browser';
import { visible } from './support/staff';

/**
 * Residents' navigation in the H5 build: the tab bar (首页, 办事, 互动, 我的) tapped in turn, each
 * showing its page, 我的 its entries; and a search deep link with Chinese in its query,
 * percent-encoded as a shared card or the address bar carries it. A browser percent-encodes a
 * fragment typed raw, so a raw value cannot reach the page here: raw, encoded, `%`, `+` and
 * double-encoded values are the component test's (miniapp/__tests__/search.test.tsx).
 */
const web = () => process.env.E2E_WEB_URL!;
const WORDS = '身份证';

let phone: Awaited<ReturnType<typeof openPhone>>;

/** A tab of Taro's H5 tab bar, by its label. */
const tab = (page: Page, text: string) =>
  page.locator('.weui-tabbar__item').filter({ visible: true, hasText: text }).first();

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('a resident finds their way', () => {
  test('taps each tab and sees its page; 我的 gathers their own lists, large text, privacy and the staff entrance', async () => {
    const { page } = phone;
    await page.goto(`${web()}#/pages/index/index`);
    await visible(page, '五公开').waitFor();
    expect(await visible(page, '我要留言').count()).toBe(0);

    await tab(page, '办事').click();
    await page.waitForURL(/pages\/services\/index/);
    await visible(page, '按主题').waitFor();

    await tab(page, '互动').click();
    await page.waitForURL(/pages\/interact\/index/);
    await visible(page, '正在征求意见').waitFor();
    await visible(page, '申请信息公开').waitFor();

    await tab(page, '我的').click();
    await page.waitForURL(/pages\/mine\/index/);
    for (const entry of ['我的留言', '我的申请', '我的意见', '我的订阅', '大字模式', '隐私说明'])
      await visible(page, entry).waitFor();
    await visible(page, '工作人员入口').waitFor();
    await screenshot(page, 'navigation-mine');
    expect(await seriousViolations(page)).toEqual([]);

    await tab(page, '首页').click();
    await page.waitForURL(/pages\/index\/index/);
    // Home's 办事指南 switches to the 办事 tab (openPage), as the tab bar does.
    await visible(page, '办事指南').click();
    await page.waitForURL(/pages\/services\/index/);
    await visible(page, '按主题').waitFor();
  });

  test.each([['percent-encoded', encodeURIComponent(WORDS)]])(
    'a search deep link with %s Chinese shows the words in the box and finds them',
    async (_, q) => {
      const { page } = phone;
      await page.goto('about:blank');
      await page.goto(`${web()}#/pages/search/index?q=${q}`);

      const box = page.locator('.search__input input').filter({ visible: true });
      await page.locator('.search__hit').filter({ visible: true }).first().waitFor();
      expect(await box.inputValue()).toBe(WORDS);
    },
  );

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
