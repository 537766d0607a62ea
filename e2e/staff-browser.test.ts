import type { Page } from 'playwright-core';
import { aDocumentDraft, aDraft } from '../functions/test/support/drafts';
import { openPhone, screenshot } from './support/browser';
import { formField, signInAs, visible } from './support/staff';
import { staffToken } from './support/stack-calls';

/**
 * The content browser (issue 18, requirement 1) over 200 seeded items: an editor searches, pages
 * past the staff home's 50, filters by kind and opens the one result's workflow page.
 */
const web = () => process.env.E2E_WEB_URL!;
const api = () => process.env.E2E_API_ORIGIN!;
const SEEDED = 200;
const TITLE = (n: number) => `内容管理测试稿件第${n}号`;
const DOCUMENT = '内容管理测试文件：关于延长户籍窗口办公时间的通知';
/** Taro's H5 picker: one row of a column, in CSS pixels (LINE_HEIGHT in its picker-group). */
const PICKER_ROW = 34;

let phone: Awaited<ReturnType<typeof openPhone>>;

async function createDraft(token: string, draft: object) {
  const response = await fetch(`${api()}/v1/staff/items`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(draft),
  });
  expect(response.status).toBe(200);
}

/**
 * Choose the nth option (0 is the first) of a picker, as the label `shown` says once chosen: drag
 * its column up n rows in one move (the wheel adds each move to its height as last rendered, so
 * small steps are lost) and confirm. Should the wheel not have turned, the choice is given as the
 * picker's own change event carries it, which is what the page listens to.
 */
async function pickOption(page: Page, label: string, n: number, shown: string) {
  const field = formField(page, label);
  await field.locator('.form-field__picker').click();
  const column = page.locator('taro-picker-group').filter({ visible: true }).first();
  const box = (await column.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x, y - PICKER_ROW * n);
  await page.mouse.up();
  await visible(page, '确定').click();
  const chosen = field.locator('.form-field__picker').getByText(shown, { exact: true });
  try {
    await chosen.waitFor({ timeout: 3000 });
  } catch {
    await field
      .locator('taro-picker-core')
      .evaluate(
        (picker, value) =>
          picker.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true })),
        n,
      );
    await chosen.waitFor();
  }
}

/** The titles of the results the page shows. */
const titles = (page: Page) =>
  page.locator('.browser .workflow-card__title').filter({ visible: true }).allInnerTexts();

async function search(page: Page, text: string) {
  await page.locator('.browser__search-input input').filter({ visible: true }).fill(text);
  await visible(page, '搜索').click();
}

beforeAll(async () => {
  phone = await openPhone();
  const editor = await staffToken('demo-editor');
  // Ten at a time: the local stack answers each in tens of milliseconds. Drafts written at once
  // have no order between them, so the last one is written alone, after all the others: it is
  // the newest change, which the list shows first.
  for (let first = 1; first < SEEDED; first += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, SEEDED - first) }, (_, i) =>
        createDraft(editor, aDraft({ title: TITLE(first + i) })),
      ),
    );
  }
  await createDraft(editor, aDraft({ title: TITLE(SEEDED) }));
  await createDraft(
    editor,
    aDocumentDraft({
      title: DOCUMENT,
      number: '上公发〔2026〕777号',
      body: '第一条 户籍窗口每周三延时至晚八点，内容管理测试正文短语。',
    }),
  );
});

afterAll(() => phone?.close());

describe('the content browser', () => {
  test('an editor searches 200 items, pages past 50, filters by kind and opens the result', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-editor');
    await visible(page, '内容管理：全部内容（搜索、筛选）').click();
    await page.waitForURL(/staff\/pages\/browser/);

    // Search by title: 20 a page, 加载更多 three times is 80, past the staff home's 50.
    await search(page, '内容管理测试稿件');
    await visible(page, TITLE(SEEDED)).waitFor();
    for (let shown = 20; shown < 80; shown += 20) {
      await visible(page, '加载更多').click();
      await page.locator('.browser .workflow-card').filter({ visible: true }).nth(shown).waitFor();
    }
    const paged = await titles(page);
    expect(paged).toHaveLength(80);
    expect(new Set(paged).size).toBe(80);
    // Newest change first: the last seeded comes first.
    expect(paged[0]).toBe(TITLE(SEEDED));
    await screenshot(page, 'browser-1-paged');

    // Search by 文号, then by words of the body: each time the one document, and the list of
    // everything between, so each answer is seen to replace the one before.
    const seededGone = () => visible(page, TITLE(SEEDED)).waitFor({ state: 'hidden' });
    for (const text of ['上公发〔2026〕777号', '内容管理测试正文短语']) {
      await search(page, '内容管理测试');
      await visible(page, TITLE(SEEDED)).waitFor();
      await search(page, text);
      await seededGone();
      await visible(page, DOCUMENT).waitFor();
      expect(await titles(page)).toEqual([DOCUMENT]);
    }

    // Filter: of everything this test wrote, one is a document.
    await search(page, '内容管理测试');
    await visible(page, TITLE(SEEDED)).waitFor();
    await pickOption(page, '类型', 1, '政策文件');
    await seededGone();
    await visible(page, DOCUMENT).waitFor();
    expect(await titles(page)).toEqual([DOCUMENT]);
    await screenshot(page, 'browser-2-filtered');

    // Open it: its workflow page.
    await visible(page, DOCUMENT).click();
    await page.waitForURL(/staff\/pages\/review\/index\?id=/);
    await page.locator('.review').filter({ visible: true, hasText: DOCUMENT }).first().waitFor();
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
