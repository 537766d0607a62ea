import { openPhone, screenshot } from './support/browser';
import { signInAs, signInAsResident, visible } from './support/staff';

/** A resident asks staff a question in the H5 build; a responder answers; the resident reads it. */
const web = () => process.env.E2E_WEB_URL!;
const QUESTION = '居住证快到期了，需要提前多久去签注？';
const ANSWER = '到期前 30 日内到居住地派出所签注即可。';
const REASON = '答复清楚，一次就办好了';

let phone: Awaited<ReturnType<typeof openPhone>>;

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('questions to staff', () => {
  test('a resident asks, with consent, and sees the question waiting', async () => {
    const { page } = phone;
    await signInAsResident(page, web(), 'resident-e2e');
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/interact/index`);
    await visible(page, '我要留言').click();
    await page.waitForURL(/pages\/ask/);

    await page.locator('.ask__text textarea').filter({ visible: true }).fill(QUESTION);
    await page
      .getByText(/我已阅读并同意/)
      .filter({ visible: true })
      .click();
    await visible(page, '提交留言').click();

    await page.waitForURL(/my-questions/);
    await visible(page, QUESTION).waitFor();
    await visible(page, '待答复').waitFor();
    await screenshot(page, 'question-1-asked');
  });

  test('a responder answers it from the queue', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-reviewer');
    await visible(page, '留言答复').click();
    await page.waitForURL(/staff\/pages\/questions/);

    const card = page
      .locator('.staff-card')
      .filter({ visible: true, hasText: QUESTION })
      .filter({ has: page.locator('textarea') })
      .last();
    await card.waitFor();
    await card.locator('textarea').fill(ANSWER);
    await card.getByText('提交答复', { exact: true }).click();
    await page.getByText(QUESTION).filter({ visible: true }).waitFor({ state: 'detached' });
  });

  test('the resident reads the answer', async () => {
    const { page } = phone;
    await signInAsResident(page, web(), 'resident-e2e');
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/my-questions/index`);

    await visible(page, ANSWER).waitFor();
    await visible(page, '已答复').waitFor();
    await screenshot(page, 'question-2-answered');
  });

  test('the resident rates the answer in 我的留言', async () => {
    const { page } = phone;
    await visible(page, '评价这条答复').waitFor();

    await visible(page, '满意').click();
    await page.locator('.answer-rating textarea').filter({ visible: true }).fill(REASON);
    await visible(page, '提交评价').click();

    await visible(page, '您的评价：满意').waitFor();
    await visible(page, '修改评价').waitFor();
    await screenshot(page, 'question-3-rated');
  });

  test('staff see the rating per responder and kind, without the resident', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-reviewer');
    await visible(page, '答复评价统计').click();
    await page.waitForURL(/staff\/pages\/answer-ratings/);

    await visible(page, '演示审核').waitFor();
    await visible(page, '一般咨询').waitFor();
    await visible(page, REASON).waitFor();
    expect(await page.getByText('resident-e2e').count()).toBe(0);
    await screenshot(page, 'question-4-ratings');
  });

  test('an editor turns the answer into a public Q&A draft', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-editor');
    await visible(page, '留言转为公开问答').click();
    await page.waitForURL(/staff\/pages\/questions/);

    const card = page.locator('.staff-card').filter({ visible: true, hasText: QUESTION }).first();
    await card.getByText('转为公开问答', { exact: true }).click();
    await card.getByText('已转为公开问答', { exact: true }).waitFor();
    await card.getByText('打开问答草稿', { exact: true }).waitFor();
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
