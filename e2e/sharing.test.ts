import type { Page } from 'playwright-core';
import { aConsultationDraft } from '../functions/test/support/drafts';
import { seriousViolations } from './support/axe';
import { openPhone, screenshot } from './support/browser';
import { signInAsResident, visible } from './support/staff';

/**
 * The H5 twin's 复制链接 in the browser: a detail page's and a search's copied link, opened in a
 * fresh tab, show the same item, and the same words with the same results. Then 我的意见: a
 * resident comments on a consultation and finds the comment there, 待审核. The consultation is this
 * file's own, published through the API in a category, office and topic no other test subscribes
 * to: a pending comment on the demo consultation would hold up the report consultations.test.ts
 * publishes.
 */
const web = () => process.env.E2E_WEB_URL!;
const api = () => process.env.E2E_API_ORIGIN!;
const TITLE = '关于规范公安法制窗口材料清单的办法（征求意见稿）';
const COMMENT = '建议在材料清单中注明可用电子证照代替的材料。';
const WORDS = '居住证';

let phone: Awaited<ReturnType<typeof openPhone>>;
let consultationId: string;

async function post<T>(path: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(path.startsWith('http') ? path : `${api()}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  return (await response.json()) as T;
}

/** Staff sign in as the mini-program does: a code from (the sandbox's) wx.login, exchanged by the API. */
async function staffToken(identity: string): Promise<string> {
  const { code } = await post<{ code: string }>(new URL('/sandbox/login-code', web()).href, {
    identity,
  });
  return (await post<{ data: { token: string } }>('/v1/auth/login', { code })).data.token;
}

/**
 * What 复制链接 put on the clipboard. Taro's H5 keeps a copy of what it copied in storage; reading
 * that avoids asking headless Chromium for clipboard permissions it handles unevenly.
 */
async function copiedLink(page: Page): Promise<string> {
  await visible(page, '复制链接').click();
  await visible(page, '链接已复制').waitFor();
  const stored = await page.evaluate<string | null>("localStorage.getItem('taro_clipboard')");
  return (JSON.parse(stored!) as { data: string }).data;
}

/** The copied link in a tab of its own, as a friend who was sent it opens it. */
async function inFreshTab<T>(page: Page, link: string, look: (tab: Page) => Promise<T>) {
  const tab = await page.context().newPage();
  try {
    await tab.goto(link);
    return await look(tab);
  } finally {
    await tab.close();
  }
}

const hitTitles = (page: Page) =>
  page.locator('.search__hit .search__title').filter({ visible: true }).allInnerTexts();

beforeAll(async () => {
  const editor = await staffToken('demo-editor');
  const reviewer = await staffToken('demo-reviewer');
  const draft = await post<{ data: { id: string } }>(
    '/v1/staff/items',
    aConsultationDraft({
      title: TITLE,
      category: 'management',
      office: 'legal',
      topic: 'other',
    }),
    editor,
  );
  consultationId = draft.data.id;
  await post(`/v1/staff/items/${consultationId}/submit`, {}, editor);
  const published = await post<{ data: { status: string } }>(
    `/v1/staff/items/${consultationId}/publish`,
    {},
    reviewer,
  );
  expect(published.data.status).toBe('published');
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('复制链接 reopens what was on screen', () => {
  test('an item: the copied link opens the same item in a fresh tab', async () => {
    const { page } = phone;
    await page.goto(`${web()}#/pages/content/detail?id=${consultationId}`);
    await visible(page, TITLE).waitFor();

    const link = await copiedLink(page);

    expect(link).toBe(`${web().split('#')[0]}#/pages/content/detail?id=${consultationId}`);
    await inFreshTab(page, link, (tab) => visible(tab, TITLE).waitFor());
  });

  test('a search with Chinese words: the copied link reopens with the same words and results', async () => {
    const { page } = phone;
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/search/index`);
    await page.locator('.search__input input').filter({ visible: true }).fill(WORDS);
    await page.locator('.search__hit').filter({ visible: true }).first().waitFor();
    const results = await hitTitles(page);

    const link = await copiedLink(page);

    expect(link).toContain(`?q=${encodeURIComponent(WORDS)}`);
    const reopened = await inFreshTab(page, link, async (tab) => {
      await tab.locator('.search__hit').filter({ visible: true }).first().waitFor();
      return {
        words: await tab.locator('.search__input input').filter({ visible: true }).inputValue(),
        results: await hitTitles(tab),
      };
    });
    expect(reopened).toEqual({ words: WORDS, results });
  });
});

describe('我的意见', () => {
  test('after commenting on a consultation, the comment is there, 待审核, under its title', async () => {
    const { page } = phone;
    await signInAsResident(page, web(), 'sharer-e2e');
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/content/detail?id=${consultationId}`);
    await visible(page, '征求意见中').waitFor();
    await page.locator('.comment-form__text textarea').filter({ visible: true }).fill(COMMENT);
    await page
      .getByText(/我已阅读并同意/)
      .filter({ visible: true })
      .click();
    await visible(page, '提交意见').click();

    await visible(page, '在「我的意见」中查看审核和采纳情况').click();

    const card = page.locator('.my-comments__item').filter({ visible: true, hasText: COMMENT });
    await card.waitFor();
    await card.getByText('待审核', { exact: true }).waitFor();
    await card.getByText(TITLE, { exact: true }).waitFor();
    await screenshot(page, 'my-comments-1-pending');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
