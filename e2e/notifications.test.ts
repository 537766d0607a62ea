import { aDraft } from '../functions/test/support/drafts';
import { openPhone, screenshot } from './support/browser';
import { signInAsResident, tapUntil, visible } from './support/staff';
import { sandbox, staffToken } from './support/stack-calls';

/**
 * The release pipeline on the local stack: a resident subscribes to 结果公开 in the H5 build (the
 * sandbox standing in for WeChat's prompt); staff publish an interpretation in that category; the
 * fan-out starts at once, the worker sends through the WeChat sandbox, and the sandbox's page
 * shows exactly one message to that resident, opening the interpretation.
 */
const web = () => process.env.E2E_WEB_URL!;
const api = () => process.env.E2E_API_ORIGIN!;
const IDENTITY = 'resident-notified';
const TITLE = '关于结果公开推送测试的政策解读';

let phone: Awaited<ReturnType<typeof openPhone>>;

async function call(token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${api()}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return (await response.json()) as { ok: boolean; data: { id: string; status: string } };
}

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('a release reaches a subscriber', () => {
  test('a resident subscribes to 结果公开 from the catalogue', async () => {
    const { page } = phone;
    await signInAsResident(page, web(), IDENTITY);
    await page.goto('about:blank');
    await page.goto(`${web()}#/pages/catalogue/index?kind=interpretation&category=result`);
    await tapUntil(page, '订阅「结果公开」', () =>
      visible(page, '允许').waitFor({ timeout: 5000 }),
    );
    await visible(page, '允许').click();
    await page
      .getByText(/订阅成功/)
      .filter({ visible: true })
      .waitFor();
  });

  test('staff publish an interpretation in 结果公开; the sandbox shows one message to that resident, opening it', async () => {
    const editor = await staffToken('demo-editor');
    const reviewer = await staffToken('demo-reviewer');
    const draft = await call(
      editor,
      'POST',
      '/v1/staff/items',
      aDraft({ title: TITLE, category: 'result' }),
    );
    expect(draft.ok).toBe(true);
    await call(editor, 'POST', `/v1/staff/items/${draft.data.id}/submit`);
    expect(
      (await call(reviewer, 'POST', `/v1/staff/items/${draft.data.id}/publish`, {})).data.status,
    ).toBe('published');

    const { openid } = await sandbox<{ openid: string }>('/sandbox/login-code', {
      identity: IDENTITY,
    });
    let messages: Array<{
      page: string;
      template_id: string;
      data: { thing1: { value: string } };
    }> = [];
    for (let waited = 0; waited < 20_000 && messages.length === 0; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      messages = await sandbox(`/sandbox/messages?touser=${openid}`);
    }
    // A moment more, in case a second (duplicate) message were on its way.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    messages = await sandbox(`/sandbox/messages?touser=${openid}`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      template_id: 'TPL_POLICY_RELEASE',
      page: `pages/content/detail?id=${draft.data.id}`,
    });

    // The sandbox's own page, as a developer reads it: the message under that person.
    const { page } = phone;
    await page.goto(`http://127.0.0.1:${process.env.WECHAT_SANDBOX_PORT}/`);
    await page.getByText(`pages/content/detail?id=${draft.data.id}`).first().waitFor();
    await screenshot(page, 'notification-1-sandbox');
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
