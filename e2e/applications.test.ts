import { openPhone, screenshot } from './support/browser';
import { formField, pickFirst, signInAs, signInAsResident, visible } from './support/staff';

/**
 * A resident applies for government information in the H5 build; a discloser sees it in the
 * queue with the masked identity number, asks for a correction; the resident corrects; the
 * discloser replies; the resident reads the reply.
 */
const web = () => process.env.E2E_WEB_URL!;
const RESIDENT = 'applicant-e2e';
const DESCRIPTION = '2024 年本区电动自行车登记数量（按月统计）';
const CORRECTION_REQUEST = '请写明需要哪几个月的数据';
const CORRECTION = '2024 年 1 月至 6 月';
const REPLY = '所需统计数据已可在本局网站“数据开放”栏目下载。';
const WHERE = '本局网站 > 政务公开 > 数据开放';

let phone: Awaited<ReturnType<typeof openPhone>>;

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

const caseCard = () =>
  phone.page.locator('.staff-card').filter({ visible: true, hasText: DESCRIPTION }).last();

async function openQueue() {
  const { page } = phone;
  await signInAs(page, web(), 'demo-discloser');
  await visible(page, '办理信息公开申请').click();
  await page.waitForURL(/staff\/pages\/applications/);
  await caseCard().waitFor();
  await caseCard().getByText('展开办理', { exact: true }).click();
}

describe('disclosure applications', () => {
  test('a resident applies from the home page, with consent, and sees it received', async () => {
    const { page } = phone;
    await signInAsResident(page, web(), RESIDENT);
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/interact/index`);
    await visible(page, '申请信息公开').click();
    await page.waitForURL(/pages\/apply/);

    await page.locator('.apply__input--name input').filter({ visible: true }).fill('陈一');
    await page
      .locator('.apply__input--idNumber input')
      .filter({ visible: true })
      .fill('11010519491231002X');
    await page.locator('.apply__input--phone input').filter({ visible: true }).fill('13912345678');
    await page
      .locator('.apply__text--description textarea')
      .filter({ visible: true })
      .fill(DESCRIPTION);
    await visible(page, '我已阅读并同意以上隐私说明').click();
    await screenshot(page, 'application-1-form');
    await visible(page, '提交申请').click();

    await page.waitForURL(/my-applications/);
    await visible(page, DESCRIPTION).waitFor();
    await visible(page, '办理中').waitFor();
    expect(await page.content()).not.toContain('13912345678');
  });

  test('a discloser sees it in the queue with the masked number and asks for a correction', async () => {
    const { page } = phone;
    await openQueue();

    await caseCard()
      .getByText(/1\*{13}002X/)
      .first()
      .waitFor();
    expect(await page.content()).not.toContain('11010519491231002X');
    await caseCard().getByText('要求补正', { exact: true }).click();
    await formField(page, '需补正的内容').locator('textarea').fill(CORRECTION_REQUEST);
    await caseCard().getByText('确认要求补正', { exact: true }).click();

    await caseCard().getByText('待补正', { exact: true }).waitFor();
    await screenshot(page, 'application-2-correction-requested');
  });

  test('the resident reads the request and corrects', async () => {
    const { page } = phone;
    await signInAsResident(page, web(), RESIDENT);
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/my-applications/index`);

    await visible(page, CORRECTION_REQUEST).waitFor();
    await page
      .locator('.my-applications__textarea textarea')
      .filter({ visible: true })
      .fill(CORRECTION);
    await visible(page, '提交补正').click();

    await visible(page, CORRECTION).waitFor();
    await visible(page, '办理中').waitFor();
  });

  test('the discloser replies', async () => {
    const { page } = phone;
    await openQueue();

    await caseCard().getByText(CORRECTION).first().waitFor();
    await caseCard().getByText('答复', { exact: true }).click();
    await pickFirst(page, '办理结果'); // （一）予以公开, its basis filled in
    // Already published proactively: the reply says where to find it.
    await caseCard().locator('.staff-applications__switch taro-switch-core').click();
    await formField(page, '答复内容').locator('textarea').fill(REPLY);
    await formField(page, '获取该信息的方式和途径').locator('textarea').fill(WHERE);
    await caseCard().getByText('确认答复', { exact: true }).click();

    await page.getByText(DESCRIPTION).filter({ visible: true }).waitFor({ state: 'detached' });
  });

  test('the resident reads the reply', async () => {
    const { page } = phone;
    await signInAsResident(page, web(), RESIDENT);
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/my-applications/index`);

    await visible(page, REPLY).waitFor();
    await visible(page, WHERE).waitFor();
    await visible(page, '已答复').waitFor();
    await screenshot(page, 'application-3-replied');
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
