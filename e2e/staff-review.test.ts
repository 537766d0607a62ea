import { openPhone, screenshot } from './support/browser';
import { formField, pickFirst, signInAs, visible } from './support/staff';

/**
 * The review-before-publishing flow in the H5 build, as the issue describes it: an editor writes
 * and submits an interpretation, a reviewer returns it with a comment, the editor fixes it, the
 * reviewer publishes it, a resident sees it, and the audit log shows each step.
 */
const web = () => process.env.E2E_WEB_URL!;
const FIRST_TITLE = '《电动自行车登记管理办法》解读（初稿）';
const FINAL_TITLE = '《电动自行车登记管理办法》解读';
const COMMENT = '请在标题中去掉“初稿”字样。';

let phone: Awaited<ReturnType<typeof openPhone>>;

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('review before publishing, in the browser', () => {
  test('an editor writes an interpretation, is told what is missing, saves and submits it', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-editor');
    await screenshot(page, 'staff-1-editor-home');

    await visible(page, '新建政策解读').click();
    await page.waitForURL(/staff\/pages\/editor/);
    await visible(page, '保存草稿').click();
    await formField(page, '标题').getByText('标题不能为空').waitFor();

    await formField(page, '标题').locator('input').fill(FIRST_TITLE);
    await formField(page, '摘要')
      .locator('textarea')
      .fill('明确电动自行车登记的条件、材料和办理地点。');
    await pickFirst(page, '公开类别');
    await pickFirst(page, '科室');
    await pickFirst(page, '主题');
    await formField(page, '文件标题').locator('input').fill('长治市上党区电动自行车登记管理办法');
    await formField(page, '发文机关').locator('input').fill('长治市公安局上党分局');
    await pickFirst(page, '成文日期');
    for (const [label, text] of [
      ['出台背景', '为规范电动自行车登记，保障道路交通安全。'],
      ['重点内容', '登记条件、所需材料与办理流程。'],
      ['特色亮点', '线上预约，一次办结。'],
      ['落实措施', '各派出所设立登记点，延时服务。'],
    ]) {
      await formField(page, label!).locator('textarea').fill(text!);
    }
    await screenshot(page, 'staff-2-editor-form');
    await visible(page, '保存草稿').click();
    await page.waitForURL(/editor\/index\?id=/);
    await visible(page, '提交审核').click();

    await page.waitForURL(/staff\/pages\/home/);
    await visible(page, FIRST_TITLE).waitFor();
    await visible(page, '待审核').waitFor();
  });

  test('a reviewer returns it with a comment', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-reviewer');

    await visible(page, FIRST_TITLE).click();
    await page.waitForURL(/staff\/pages\/review/);
    await screenshot(page, 'staff-3-review');
    await visible(page, '退回修改').click();
    await page.locator('textarea').filter({ visible: true }).last().fill(COMMENT);
    await visible(page, '确认退回').click();

    await visible(page, '已退回').waitFor();
  });

  test('the editor sees the comment, fixes the draft and submits it again', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-editor');

    await visible(page, FIRST_TITLE).click();
    await page.waitForURL(/staff\/pages\/editor/);
    await page.getByText(`审核意见：${COMMENT}`).filter({ visible: true }).waitFor();
    await screenshot(page, 'staff-4-returned');
    await formField(page, '标题').locator('input').fill(FINAL_TITLE);
    await visible(page, '提交审核').click();

    await page.waitForURL(/staff\/pages\/home/);
    await visible(page, FINAL_TITLE).waitFor();
  });

  test('the reviewer publishes it, and a resident sees it first on the home page', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-reviewer');
    await visible(page, FINAL_TITLE).click();
    await page.waitForURL(/staff\/pages\/review/);

    await visible(page, '立即发布').click();
    await visible(page, '发布').click(); // the confirmation
    await visible(page, '已发布').waitFor();

    await page.goto(web());
    await page
      .locator('.content-card__title')
      .filter({ visible: true })
      .first()
      .filter({ hasText: FINAL_TITLE })
      .waitFor();
    await screenshot(page, 'staff-5-resident-sees-it');
  });

  test('the audit log shows each step, by whom', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-admin');

    await visible(page, '审计日志').click();
    await page.waitForURL(/staff\/pages\/audit/);
    await page.getByText(`发布「${FINAL_TITLE}」第 1 版`).filter({ visible: true }).waitFor();

    const entries = await page.locator('.audit__entry').filter({ visible: true }).allInnerTexts();
    const about = entries.filter((text) => text.includes('电动自行车登记管理办法'));
    const steps = ['发布', '提交审核', '修改稿件', '退回修改', '提交审核', '新建稿件'];
    expect(about.map((text) => steps.find((step) => text.includes(step)))).toEqual(steps);
    expect(about[3]).toContain('演示审核');
    await screenshot(page, 'staff-6-audit');
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
