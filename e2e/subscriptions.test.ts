import { LIBRARY_RELEASES } from '@sunshine/shared';
import { openPhone, screenshot } from './support/browser';
import { signInAsResident, tapUntil, visible } from './support/staff';

/**
 * A resident subscribes to 决策公开 in the H5 build, where a dialog and the WeChat sandbox stand in
 * for WeChat's prompt; sees it in 我的订阅 with one message left to receive; cancels it.
 */
const web = () => process.env.E2E_WEB_URL!;
const IDENTITY = 'resident-subscriber';
const RELEASE_TEMPLATE = 'TPL_POLICY_RELEASE';

let phone: Awaited<ReturnType<typeof openPhone>>;

async function sandboxCredits(): Promise<
  Array<{ openid: string; template_id: string; count: number }>
> {
  return (await (await fetch(new URL('/sandbox/credits', web()))).json()) as never;
}
async function openidOf(identity: string): Promise<string> {
  const issued = await fetch(new URL('/sandbox/login-code', web()), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identity }),
  });
  return ((await issued.json()) as { openid: string }).openid;
}

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('subscriptions', () => {
  test('a resident subscribes to 决策公开 from the catalogue, allowing in the stand-in prompt', async () => {
    const { page } = phone;
    await signInAsResident(page, web(), IDENTITY);
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/catalogue/index?kind=interpretation&category=decision`);

    await tapUntil(page, '订阅「决策公开」', () =>
      visible(page, `接收「决策公开」${LIBRARY_RELEASES}通知`).waitFor({ timeout: 5000 }),
    );
    await screenshot(page, 'subscription-1-prompt');
    // The dialog closes on the tap that answers it, so a second tap can only follow a lost first one.
    await tapUntil(page, '允许', () =>
      page
        .locator('.subscribe-button__dialog')
        .filter({ visible: true })
        .waitFor({ state: 'detached', timeout: 5000 }),
    );

    await visible(page, '订阅成功，有新消息时将通过微信通知您（还可接收 1 次）').waitFor();
    // The sandbox holds the credit WeChat would: one send to this person with the release template.
    const openid = await openidOf(IDENTITY);
    expect((await sandboxCredits()).filter((credit) => credit.openid === openid)).toEqual([
      { openid, template_id: RELEASE_TEMPLATE, count: 1 },
    ]);
  });

  test('我的订阅 lists it with one message left', async () => {
    const { page } = phone;
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/mine/index`);
    await visible(page, '我的订阅').click();
    await page.waitForURL(/my-subscriptions/);

    await visible(page, '决策公开').waitFor();
    await visible(page, '还可接收 1 次').waitFor();
    await screenshot(page, 'subscription-2-mine');
  });

  test('the resident cancels it', async () => {
    const { page } = phone;
    await visible(page, '取消订阅').click();
    await page.locator('.taro-modal__foot').getByText('取消订阅', { exact: true }).click();

    await visible(page, '您还没有订阅任何通知').waitFor();
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/my-subscriptions/index`);
    await visible(page, '您还没有订阅任何通知').waitFor();
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
