import { aDraft } from '../functions/test/support/drafts';
import { seriousViolations } from './support/axe';
import { openPhone, screenshot } from './support/browser';
import { formField, signInAs, visible } from './support/staff';
import { staffToken } from './support/stack-calls';

/**
 * Issue 18's staff tools in the H5 build: an admin pastes the State Council's notice for 2027 on
 * 工作日历, checks the dates read and saves them; a reviewer reads a republished interpretation's
 * change sentence by sentence on 版本记录.
 */
const web = () => process.env.E2E_WEB_URL!;
const api = () => process.env.E2E_API_ORIGIN!;

/** The 2027 arrangement lines as the notice writes them (dates checked against 2027's weekdays). */
const NOTICE_2027 = [
  '国务院办公厅关于2027年部分节假日安排的通知',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '一、元旦：1月1日（周五）至3日（周日）放假调休，共3天。',
  '二、春节：2月6日（农历除夕、周六）至13日（周六）放假调休，共8天。2月14日（周日）上班。',
  '国务院办公厅',
].join('\n');

const SENTENCES = [
  '为方便群众办事，本局推行出入境证件全市通办。',
  '群众可在全市任一出入境窗口申请。',
  '申请人应当如实提交材料。',
  '办理时限为十五个工作日。',
  '办理结果可通过短信查询。',
  '本解读自发布之日起施行。',
];

let phone: Awaited<ReturnType<typeof openPhone>>;

async function call(token: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${api()}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const answer = (await response.json()) as { ok: boolean; data: { id: string; status: string } };
  if (!answer.ok) throw new Error(`${method} ${path}: ${JSON.stringify(answer)}`);
  return answer.data;
}

beforeAll(async () => {
  phone = await openPhone();
});

afterAll(() => phone?.close());

describe('issue 18 staff tools in the browser', () => {
  test('an admin pastes the 2027 notice, checks the dates read and saves them', async () => {
    const { page } = phone;
    await signInAs(page, web(), 'demo-admin');
    await visible(page, '工作日历（法定期限按此计算）').click();
    await page.waitForURL(/staff\/pages\/calendar/);
    await page.goto(`${web()}#/packages/staff/pages/calendar/index?year=2027`);
    await visible(page, '2027 年工作日历尚未录入').waitFor();

    await formField(page, '国务院办公厅节假日安排通知').locator('textarea').fill(NOTICE_2027);
    await visible(page, '识别通知').click();
    await visible(page, '2027-02-08 周一').waitFor();
    await visible(page, '调休上班日（周末）（1）').waitFor();
    await screenshot(page, 'calendar-1-parsed');
    expect(await seriousViolations(page)).toEqual([]);

    await visible(page, '确认保存').click();
    await page
      .getByText(/^已保存，更新日期：/)
      .filter({ visible: true })
      .waitFor();
    await screenshot(page, 'calendar-2-saved');
  });

  test('a republished interpretation shows its one changed sentence on 版本记录', async () => {
    const editor = await staffToken('demo-editor');
    const reviewer = await staffToken('demo-reviewer');
    const draft = (background: string) =>
      aDraft({
        title: '出入境证件全市通办解读（版本对比）',
        sections: { ...aDraft().sections, background },
      });
    const { id } = await call(editor, 'POST', '/v1/staff/items', draft(SENTENCES.join('')));
    for (const background of [
      undefined,
      SENTENCES.join('').replace('十五个工作日', '十个工作日'),
    ]) {
      if (background) await call(editor, 'PUT', `/v1/staff/items/${id}`, draft(background));
      await call(editor, 'POST', `/v1/staff/items/${id}/submit`, {});
      await call(reviewer, 'POST', `/v1/staff/items/${id}/publish`, {});
    }

    const { page } = phone;
    await signInAs(page, web(), 'demo-reviewer');
    await page.goto(`${web()}#/packages/staff/pages/revisions/index?id=${id}`);

    await visible(page, '第 2 版').waitFor();
    const removed = page.locator('.change-row__seg--removed').filter({ visible: true });
    const added = page.locator('.change-row__seg--added').filter({ visible: true });
    expect(await removed.allInnerTexts()).toEqual([
      expect.stringContaining('办理时限为十五个工作日。'),
    ]);
    expect(await added.allInnerTexts()).toEqual([
      expect.stringContaining('办理时限为十个工作日。'),
    ]);
    expect(await removed.first().innerText()).toContain('删除');
    expect(await added.first().innerText()).toContain('新增');
    await visible(page, '……未改动 2 句……').waitFor();
    await screenshot(page, 'revisions-sentence-diff');
  });

  test('meets no script error on the way', () => {
    expect(phone.errors).toEqual([]);
  });
});
