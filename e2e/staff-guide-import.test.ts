import { GUIDE_HEADERS } from '../functions/src/domain/guides/guide-columns';
import { guideCsv, guideRow } from '../functions/test/support/guide-csv';
import { openPhone, screenshot } from './support/browser';
import { signInAs, visible } from './support/staff';

/**
 * The "done when": staff import a catalogue from CSV and publish it, and a resident
 * finds the guide. The file has one bad row: the editor chooses to import the valid rows only.
 */
const web = () => process.env.E2E_WEB_URL!;
const TITLES = ['犬只登记（导入）', '养犬许可证换领（导入）'];

let phone: Awaited<ReturnType<typeof openPhone>>;

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('importing the service catalogue from a spreadsheet', () => {
  test('an editor imports a CSV with one bad row, valid rows only, submitted for review', async () => {
    const { page } = phone;
    expect(GUIDE_HEADERS[0]).toBe('事项名称');
    const file = guideCsv(
      guideRow('E2E-IMPORT-001', { 事项名称: TITLES[0]! }),
      guideRow('E2E-IMPORT-002', { 事项名称: TITLES[1]! }),
      guideRow('E2E-IMPORT-003', { 咨询电话: '打电话' }),
    );
    await signInAs(page, web(), 'demo-editor');

    await visible(page, '批量导入、导出办事指南').click();
    await page.waitForURL(/guide-import/);
    await page
      .locator('.guide-import__mode-label')
      .filter({ visible: true, hasText: '只导入有效的行' })
      .click();
    await page.locator('.guide-import__switch taro-switch-core').filter({ visible: true }).click();
    await visible(page, '新建和更新的指南提交审核').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await visible(page, '选择文件并导入').click();
    await (
      await chooser
    ).setFiles({ name: 'catalogue.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });

    await visible(page, '已完成').waitFor();
    await page
      .getByText(/第 4 行/)
      .filter({ visible: true })
      .first()
      .waitFor();
    await screenshot(page, 'import-1-result');
    const counts = await page
      .locator('.guide-import__count')
      .filter({ visible: true })
      .allInnerTexts();
    expect(counts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
      expect.arrayContaining(['3 行数', '1 有误', '2 新建']),
    );
  });

  test('a reviewer publishes the imported guides, and a resident finds one', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-reviewer');
    for (const title of TITLES) {
      await visible(page, title).click();
      await page.waitForURL(/staff\/pages\/review/);
      await visible(page, '立即发布').click();
      await visible(page, '发布').click();
      await visible(page, '已发布').waitFor();
      await page.goBack();
      await page.waitForURL(/staff\/pages\/home/);
    }

    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/catalogue/index?kind=guide`);
    await page
      .locator('.content-card__title')
      .filter({ visible: true, hasText: TITLES[0] })
      .click();
    await visible(page, '简版指南').waitFor();
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
