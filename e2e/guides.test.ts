import type { Page as ApiPage, SearchResult } from '@sunshine/shared';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { openPhone, screenshot } from './support/browser';

/** The check: find 居住证, open it, tick two materials, reload, the ticks remain. */
const web = () => process.env.E2E_WEB_URL!;
const visibleText = (page: Page, text: string) =>
  page.getByText(text, { exact: true }).filter({ visible: true }).first();

let phone: Awaited<ReturnType<typeof openPhone>>;

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('a resident and the service catalogue', () => {
  test('searches 居住证, opens the guide, ticks two materials; after a reload the ticks remain', async () => {
    const { page } = phone;
    const found = (await (
      await fetch(
        `${process.env.E2E_API_ORIGIN}/v1/search?q=${encodeURIComponent('居住证')}&type=guide`,
      )
    ).json()) as { data: SearchResult };
    const guide = found.data.hits[0]!;
    expect(guide.title).toContain('居住证');

    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/search/index`);
    await page.locator('.search__input input').filter({ visible: true }).fill('居住证');
    await page
      .locator('.search__title')
      .filter({ visible: true, hasText: guide.title })
      .first()
      .click();
    await page.waitForURL(new RegExp(`id=${guide.id}`));
    await visibleText(page, '简版指南').waitFor();

    const materials = page.locator('.materials__item').filter({ visible: true });
    const names = await materials.locator('.materials__name').allTextContents();
    expect(names.length).toBeGreaterThanOrEqual(3);
    await materials.nth(0).click();
    await materials.nth(2).click();
    await visibleText(page, `已准备 2/${names.length} 项`).waitFor();
    await screenshot(page, 'guide-1-checklist');

    await page.reload();
    await visibleText(page, '简版指南').waitFor();
    await visibleText(page, `已准备 2/${names.length} 项`).waitFor();
    const checked = await page
      .locator('.materials__item--checked .materials__name')
      .filter({ visible: true })
      .allTextContents();
    expect(checked).toEqual([names[0], names[2]]);
  });

  test('finds any guide in two taps from home: 办事指南, then the guide; the page has every field and no serious accessibility violation', async () => {
    const { page } = phone;
    const guides = (await (
      await fetch(`${process.env.E2E_API_ORIGIN}/v1/content?kind=guide&limit=50`)
    ).json()) as { data: ApiPage<{ id: string; title: string }> };
    // The newest guide: the first card, on the first screen (the catalogue lists every guide of a topic on one page).
    const last = guides.data.items[0]!;

    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/index/index`);
    await visibleText(page, '办事指南').click();
    // The guides are the 办事 tab, the catalogue at the guides.
    await page.waitForURL(/pages\/services\/index/);
    await page
      .locator('.content-card__title')
      .filter({ visible: true, hasText: last.title })
      .first()
      .click();
    await page.waitForURL(new RegExp(`id=${last.id}`));

    await visibleText(page, '办理地点与时间').waitFor();
    await visibleText(page, '查看完整指南（申请条件、办理流程、时限、收费依据、常见问题）').click();
    for (const heading of ['申请条件', '办理流程', '办理时限', '收费', '设定依据'])
      await visibleText(page, heading).waitFor();
    await screenshot(page, 'guide-2-full');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
