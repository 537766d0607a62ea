import type { ContentCard, ContentView, Page as ApiPage } from '@sunshine/shared';
import type { Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { openPhone, screenshot } from './support/browser';

const web = () => process.env.E2E_WEB_URL!;
const api = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${process.env.E2E_API_ORIGIN}${path}`);
  const body = (await response.json()) as { ok: boolean; data: T; error?: unknown };
  // Say what the API answered, not only that a field of its data was missing.
  if (!body.ok)
    throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body.error)}`);
  return body.data;
};
const visibleText = (page: Page, text: string, exact = true) =>
  page.getByText(text, { exact }).filter({ visible: true }).first();

/** Open a link as a resident does from a shared message: a fresh load of the app at that page. */
async function openLink(page: Page, hash: string) {
  await page.goto('about:blank');
  await page.goto(`${web()}${hash}`);
}

let phone: Awaited<ReturnType<typeof openPhone>>;
let latest: ContentCard[];

beforeAll(async () => {
  latest = (await api<ApiPage<ContentCard>>('/v1/content?kind=interpretation&limit=5')).items;
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('a resident in the H5 build', () => {
  test('sees the seeded interpretations on the home page, as the API lists them', async () => {
    const { page } = phone;

    await page.goto(web());
    await visibleText(page, latest[0]!.title).waitFor();

    const shown = await page
      .locator('.content-card__title')
      .filter({ visible: true })
      .allTextContents();
    expect(shown).toEqual(latest.map((item) => item.title));
    await expect(visibleText(page, '演示数据').isVisible()).resolves.toBe(true);
    await screenshot(page, '1-home');
  });

  test('opens the full list, then an interpretation with its sections and Q&A, then goes back', async () => {
    const { page } = phone;
    // The newest one that has policy Q&A (other tests may publish items without).
    const views = await Promise.all(
      latest.map((item) => api<ContentView>(`/v1/content/${item.id}`)),
    );
    const detail = views
      .map((view) => view.item)
      .find((item) => item.kind === 'interpretation' && item.qa.length > 0)!;
    if (detail.kind !== 'interpretation')
      throw new Error('no interpretation with Q&A among the latest');
    const first = latest.find((item) => item.id === detail.id)!;

    await visibleText(page, '全部解读').click();
    await page.waitForURL(/pages\/catalogue/);
    await visibleText(page, '没有更多了').waitFor();
    await screenshot(page, '2-list');

    await visibleText(page, first.title).click();
    await page.waitForURL(new RegExp(`id=${first.id}`));
    for (const heading of ['出台背景', '重点内容', '特色亮点', '落实措施'])
      await visibleText(page, heading).waitFor();
    await screenshot(page, '3-detail');
    const question = detail.qa[0]!;
    await visibleText(page, question.question).click();
    await page
      .getByText(question.answer.split('\n')[0]!.trim().slice(0, 20))
      .filter({ visible: true })
      .first()
      .waitFor();
    await screenshot(page, '4-detail-qa');

    await page.goBack();
    await page.waitForURL(/pages\/catalogue/);
    await visibleText(page, '没有更多了').waitFor();
  });

  test('opens a detail page from a deep link', async () => {
    const { page } = phone;
    const second = latest[1]!;

    await openLink(page, `#/pages/content/detail?id=${second.id}`);

    await page.locator('.content-body__title').filter({ hasText: second.title }).waitFor();
  });

  test('opens one category from a deep link and shows only its items', async () => {
    const { page } = phone;
    const expected = (
      await api<ApiPage<ContentCard>>('/v1/content?kind=interpretation&category=management')
    ).items;

    await openLink(page, '#/pages/catalogue/index?category=management');
    await visibleText(page, expected[0]!.title).waitFor();

    const shown = await page
      .locator('.content-card__title')
      .filter({ visible: true })
      .allTextContents();
    expect(shown).toEqual(expected.map((item) => item.title));
  });

  test('sees a plain message for an interpretation that does not exist', async () => {
    const { page } = phone;

    await openLink(page, '#/pages/content/detail?id=01HZZZZZZZZZZZZZZZZZZZZZZZ');

    await visibleText(page, '该内容不存在或未公开').waitFor();
    await screenshot(page, '5-not-found');
  });

  test('searches "舆情回应" and opens the interpretation that answers it', async () => {
    const { page } = phone;
    const plan = (
      await api<{ hits: Array<{ id: string; title: string; type: string }> }>(
        `/v1/search?q=${encodeURIComponent('舆情回应')}&type=interpretation`,
      )
    ).hits[0]!;

    await openLink(page, '#/pages/index/index');
    await visibleText(page, '搜索政策文件、解读、问答').click();
    await page.waitForURL(/pages\/search/);
    await page.locator('.search__input input').filter({ visible: true }).fill('舆情回应');
    await page.locator('.search__hit').filter({ visible: true }).first().waitFor();
    // The work plan itself (a document) may come first; the resident narrows to interpretations.
    await visibleText(page, '政策解读').click();
    await page
      .locator('.search__tag')
      .filter({ visible: true, hasText: '政策文件' })
      .first()
      .waitFor({ state: 'detached' });
    const firstHit = page.locator('.search__hit').filter({ visible: true }).first();
    await firstHit.locator('.search-hit').first().waitFor();
    await screenshot(page, '6-search');
    expect(await firstHit.locator('.search__title').innerText()).toBe(plan.title);
    await firstHit.click();

    await page.waitForURL(new RegExp(`detail\\?id=${plan.id}`));
    await page
      .locator('.content-body__title')
      .filter({ visible: true, hasText: plan.title })
      .waitFor();
    expect(plan.title).toContain('政务公开工作考核方案');
  });

  test('browses documents by office, reads the work plan and its validity, then its interpretation', async () => {
    const { page } = phone;
    const documents = (await api<ApiPage<ContentCard>>('/v1/content?kind=document&office=general'))
      .items;
    const plan = documents.find((card) => card.title.includes('政务公开工作考核方案'))!;
    const { related } = await api<ContentView>(`/v1/content/${plan.id}`);
    const interpretation = related.find((card) => card.kind === 'interpretation')!;

    await openLink(page, '#/pages/index/index');
    await visibleText(page, '政策文件').click();
    await page.waitForURL(/pages\/catalogue\/index\?kind=document/);
    await visibleText(page, '按科室').click();
    // The office's chip, not a card of the list before it (cards name their office too, and go
    // as the facet's chips arrive: a CI run clicked one as it went).
    await page
      .locator('.chip-row__chip')
      .filter({ visible: true, hasText: /^分局办公室$/ })
      .first()
      .click();
    await visibleText(page, plan.title).click();

    await page.waitForURL(new RegExp(`id=${plan.id}`));
    await visibleText(page, '最迟要在5小时内发布权威信息', false).waitFor();
    await visibleText(page, '现行有效').waitFor();
    await screenshot(page, '7-document');
    await page
      .locator('.content-card__title')
      .filter({ visible: true, hasText: interpretation.title })
      .click();

    await page.waitForURL(new RegExp(`id=${interpretation.id}`));
    await visibleText(page, '解读文件').waitFor();
    await page
      .locator('.content-body__document-title')
      .filter({ visible: true, hasText: plan.title })
      .waitFor();
  });

  test('never sees a document that is not disclosed, even by its address', async () => {
    const { page } = phone;

    await openLink(page, '#/pages/content/detail?id=01H0000000DEM000000000D004');

    await visibleText(page, '该内容不存在或未公开').waitFor();
  });

  test.each([
    ['home', '#/pages/index/index', '五公开'],
    ['catalogue of documents', '#/pages/catalogue/index?kind=document', '按科室'],
    ['a document', '#/pages/content/detail?id=01H0000000DEM000000000D001', '正文'],
    ['an interpretation', '#/pages/content/detail?id=01H0000000DEM0000000000001', '出台背景'],
    ['search results', `#/pages/search/index?q=${encodeURIComponent('舆情回应')}`, '政策解读'],
    ['negative list', '#/pages/negative-list/index', '政府信息公开负面清单'],
    ['disclosure guide', '#/pages/disclosure-guide/index', '四、政府信息公开工作机构'],
  ])(
    'the %s page has no serious or critical accessibility violation (axe-core)',
    async (_, hash, landmark) => {
      const { page } = phone;
      await openLink(page, hash);
      await visibleText(page, landmark).waitFor();

      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  test('the negative list reads at 375 px: eight grounds with their counts, nothing wider than the screen', async () => {
    const { page } = phone;
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openLink(page, '#/pages/negative-list/index');
      await visibleText(page, '申请政府信息公开').waitFor();

      await expect(
        page.locator('.negative-list__ground').filter({ visible: true }).count(),
      ).resolves.toBe(8);
      await expect(
        page.evaluate('document.documentElement.scrollWidth'),
      ).resolves.toBeLessThanOrEqual(375);
      await screenshot(page, '9-negative-list-375');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 390, height: 844 });
    }
  });

  test('the disclosure guide opens from 互动 and reads at 375 px: the office to apply to, fees, remedies', async () => {
    const { page } = phone;
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      await openLink(page, '#/pages/interact/index');
      await visibleText(page, '政府信息公开指南').click();
      await visibleText(page, '四、政府信息公开工作机构').waitFor();

      // The bureau's own figures, from its profile: the disclosure office's telephone, 109号's tiers.
      await visibleText(page, '0355-5550100', false).waitFor();
      await visibleText(page, '31—100页的部分：10元/页', false).waitFor();
      // Opened from 互动, the page slides in from the right (the document is wider while it
      // moves): nothing wider than the screen once it has arrived, or this times out.
      await page.waitForFunction('document.documentElement.scrollWidth <= 375', undefined, {
        timeout: 5_000,
      });
      await screenshot(page, '9-disclosure-guide-375');
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 390, height: 844 });
    }
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
