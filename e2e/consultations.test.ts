import { writeFileSync } from 'node:fs';
import { seriousViolations } from './support/axe';
import { openPhone, screenshot } from './support/browser';
import { signInAs, signInAsResident, visible } from './support/staff';

/**
 * A resident comments on the demo consultation in the H5 build; a reviewer shows the comment and
 * records its adoption; once the period is over (the local clock stepped 40 days on) the reviewer
 * publishes the report, and residents read it on the consultation's page with the results.
 */
const web = () => process.env.E2E_WEB_URL!;
const CONSULTATION = '01H0000000DEM000000000C001';
const COMMENT = '建议在第三条中增加每月第二个星期六的预约服务。';
const REASON_SUMMARY = '共收到意见 1 条，经研究，采纳 1 条。';
const shiftDays = (days: number) =>
  writeFileSync(process.env.LOCAL_CLOCK_FILE!, String(days * 86_400_000));
const detail = () => `${web()}#/pages/content/detail?id=${CONSULTATION}`;

let phone: Awaited<ReturnType<typeof openPhone>>;

beforeAll(async () => {
  shiftDays(0);
  phone = await openPhone();
});

afterAll(async () => {
  shiftDays(0);
  await phone?.close();
});

describe('a consultation from comment to report', () => {
  test('a resident comments on a clause, answers a closed question, leaves a phone number, and is thanked', async () => {
    const { page } = phone;
    await signInAsResident(page, web(), 'commenter-e2e');
    await page.goto('about:blank');
    await page.goto(detail());
    await visible(page, '征求意见中').waitFor();

    await page.locator('.comment-form__text textarea').filter({ visible: true }).fill(COMMENT);
    await page
      .locator('.comment-form__option')
      .filter({ visible: true, hasText: '支持' })
      .first()
      .click();
    await page
      .locator('.comment-form__input input')
      .filter({ visible: true })
      .nth(1)
      .fill('13900000123');
    await page
      .getByText(/我已阅读并同意/)
      .filter({ visible: true })
      .click();
    await visible(page, '提交意见').click();

    await page
      .getByText(/感谢您的意见/)
      .filter({ visible: true })
      .waitFor();
    // 先审后发: not shown to anyone yet.
    expect(await page.getByText(COMMENT).filter({ visible: true }).count()).toBe(0);
    await page
      .getByText(/感谢您的意见/)
      .filter({ visible: true })
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'consultation-1-commented');
  });

  test('a reviewer shows it and records it as adopted; the phone number is there for staff only', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-reviewer');
    await visible(page, '征求意见：审核和采纳群众意见').click();
    await page
      .locator('.staff-card')
      .filter({ visible: true, hasText: '一窗通办' })
      .first()
      .click();
    await page.waitForURL(/consultation\/index\?id=/);

    const card = page.locator('.staff-card').filter({ visible: true, hasText: COMMENT }).first();
    await card.getByText('13900000123', { exact: false }).waitFor();
    await card.getByText('审核公开', { exact: true }).click();
    // Reviewed, it leaves 待审核 for 待记录采纳.
    await card.waitFor({ state: 'detached' });
    await page.locator('.chip-row__chip').filter({ visible: true, hasText: '待记录采纳' }).click();

    const decided = page.locator('.staff-card').filter({ visible: true, hasText: COMMENT }).first();
    await decided
      .locator('.staff-consultation__choice')
      .filter({ hasText: /^采纳$/ })
      .click();
    await decided.getByText('记录采纳情况', { exact: true }).click();
    await decided.waitFor({ state: 'detached' });
    await page.locator('.chip-row__chip').filter({ visible: true, hasText: '全部' }).click();
    await visible(page, '已公开 · 采纳').waitFor();
  });

  test('after closing the reviewer publishes the report', async () => {
    const { page } = phone;
    shiftDays(40);
    await page.reload();
    await visible(page, '公布意见采纳情况').waitFor();
    await page
      .locator('.staff-consultation__report textarea')
      .filter({ visible: true })
      .fill(REASON_SUMMARY);
    await visible(page, '公布采纳情况').click();
    await visible(page, '意见收集和采纳情况').waitFor();
  });

  test('residents read the results, the report and the comment, without the phone number', async () => {
    const { page } = phone;
    await page.goto('about:blank');
    await page.goto(detail());
    await visible(page, '已截止').waitFor();
    await visible(page, '意见收集和采纳情况').waitFor();
    await visible(page, '选择题结果').waitFor();
    await page.getByText(REASON_SUMMARY).filter({ visible: true }).waitFor();
    await page
      .locator('.consultation__comment')
      .filter({ visible: true, hasText: COMMENT })
      .waitFor();
    expect(await page.content()).not.toContain('13900000123');
    await visible(page, '意见收集和采纳情况').scrollIntoViewIfNeeded();
    await screenshot(page, 'consultation-2-report');
    await visible(page, '选择题结果').scrollIntoViewIfNeeded();
    await screenshot(page, 'consultation-3-results');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
