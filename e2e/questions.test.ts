import { openPhone, screenshot } from './support/browser';
import { signInAs, signInAsResident, visible } from './support/staff';

/** A resident asks staff a question in the H5 build; a responder answers; the resident reads it. */
const web = () => process.env.E2E_WEB_URL!;
const QUESTION = '居住证快到期了，需要提前多久去签注？';
const ANSWER = '到期前 30 日内到居住地派出所签注即可。';

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
    await page.goto(`${web()}#/pages/index/index`);
    await visible(page, '我要留言').click();
    await page.waitForURL(/pages\/ask/);

    await page.locator('.ask__text textarea').filter({ visible: true }).fill(QUESTION);
    await page.getByText(/我已阅读并同意/).filter({ visible: true }).click();
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

    const card = page.locator('.staff-card').filter({ visible: true, hasText: QUESTION }).filter({ has: page.locator('textarea') }).last();
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

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
