import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Apply from '../src/pages/apply/index';
import MyApplications from '../src/pages/my-applications/index';
import { saveSession } from '../src/services/session';
import { answerOk, failNetwork } from './fixtures';
import { control, typeInto } from './staff/interact';

const request = Taro.request as unknown as jest.Mock;
const sent = () =>
  request.mock.calls.map(
    ([options]) => options as { url: string; method?: string; data?: Record<string, unknown> },
  );
const application = {
  id: '01HTEST0000000000000000A01',
  status: 'received',
  receivedAt: '2026-03-02T02:00:00.000Z',
  dueOn: '2026-03-30',
  dueApproximate: false,
  description: '<b>2024 年交通事故统计</b>',
  purpose: '',
  delivery: { form: 'electronic', method: 'pickup' },
  corrections: [],
};

beforeEach(() => {
  request.mockReset();
  Taro.clearStorageSync();
  saveSession({ token: 't', expiresAt: Date.now() + 3600_000, user: { userId: 'u', roles: [] } });
});

async function fillForm() {
  await typeInto(control('applicant.name'), '陈一');
  await typeInto(control('identity.number'), '11010519491231002x');
  await typeInto(control('contact.phone'), '13912345678');
  await typeInto(control('description'), '2024 年交通事故统计');
}

describe('applying for disclosure', () => {
  test('names each problem beside its field and sends nothing', async () => {
    render(<Apply />);
    await typeInto(control('identity.number'), '110105194912310021');

    await act(async () => fireEvent.click(screen.getByText('提交申请')));

    expect(screen.getByText('身份证号码有误，请核对 18 位号码（最后一位可能是 X）')).toBeTruthy();
    expect(screen.getByText('请填写联系电话')).toBeTruthy();
    expect(sent()).toEqual([]);
  });

  test('asks for consent first; a retry after a lost answer carries the same key', async () => {
    render(<Apply />);
    await fillForm();

    await act(async () => fireEvent.click(screen.getByText('提交申请')));
    expect(screen.getByText('请阅读并同意隐私说明后提交')).toBeTruthy();
    expect(sent()).toEqual([]);

    fireEvent.click(screen.getByText('我已阅读并同意以上隐私说明'));
    failNetwork();
    await act(async () => fireEvent.click(screen.getByText('提交申请')));
    answerOk(application);
    await act(async () => fireEvent.click(screen.getByText('提交申请')));

    const posts = sent().filter((options) => options.url.endsWith('/v1/applications'));
    expect(posts).toHaveLength(2);
    expect(posts[0]!.data).toMatchObject({
      applicant: { type: 'person', name: '陈一' },
      identity: { type: 'resident_id', number: '11010519491231002X' },
      consent: true,
    });
    expect(posts[1]!.data!.clientKey).toBe(posts[0]!.data!.clientKey);
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/my-applications/index' });
  });

  test('an organization is asked its kind, legal representative and contact person, and identifies by credit code', async () => {
    render(<Apply />);
    fireEvent.click(screen.getByText('法人或其他组织'));
    await act(async () => fireEvent.click(screen.getByText('提交申请')));

    expect(
      screen.getByText('请选择单位类型（商业企业、科研机构、社会公益组织、法律服务机构、其他）'),
    ).toBeTruthy();
    expect(screen.getByText('法律服务机构')).toBeTruthy();
    expect(screen.getByText('法定代表人或负责人')).toBeTruthy();
    expect(screen.getByText('统一社会信用代码')).toBeTruthy();
    expect(screen.queryByText('居民身份证')).toBeNull();
  });
});

describe('my applications', () => {
  test('shows the due date, and the text as text, never as markup', async () => {
    answerOk([application]);

    render(<MyApplications />);

    expect(await screen.findByText('<b>2024 年交通事故统计</b>')).toBeTruthy();
    expect(screen.getByText('办理中')).toBeTruthy();
    expect(screen.getByText(/2026-03-30 前答复/)).toBeTruthy();
  });

  test('a correction asked for is answered from the card', async () => {
    answerOk([
      {
        ...application,
        status: 'awaiting_correction',
        dueOn: undefined,
        correctionRequest: { text: '请写明月份', on: '2026-03-03' },
      },
    ]);
    render(<MyApplications />);
    await screen.findByText('请写明月份');

    await typeInto(document.querySelector('.my-applications__textarea')!, '1 月至 6 月');
    answerOk({
      ...application,
      corrections: [{ text: '1 月至 6 月', on: '2026-03-04' }],
      correctionRequest: { text: '请写明月份', on: '2026-03-03' },
    });
    await act(async () => fireEvent.click(screen.getByText('提交补正')));

    expect(await screen.findByText('1 月至 6 月')).toBeTruthy();
    const correction = sent().find((options) => options.url.endsWith('/correction'));
    expect(correction?.data).toMatchObject({ text: '1 月至 6 月', clientKey: expect.any(String) });
  });

  test('a reply shows its outcome, legal basis and the remedies', async () => {
    answerOk([
      {
        ...application,
        status: 'replied',
        reply: {
          outcome: 'unavailable_not_held',
          basis: '《中华人民共和国政府信息公开条例》第三十六条第（五）项',
          alreadyPublic: false,
          text: '本机关不掌握该信息。',
          detail: '',
          remedies: '如对本答复不服，可以自收到本答复之日起60日内向某某市人民政府申请行政复议。',
          on: '2026-03-20',
        },
      },
    ]);

    render(<MyApplications />);

    expect(await screen.findByText(/答复：无法提供：本机关不掌握相关政府信息/)).toBeTruthy();
    expect(
      screen.getByText('依据：《中华人民共和国政府信息公开条例》第三十六条第（五）项'),
    ).toBeTruthy();
    expect(screen.getByText(/向某某市人民政府申请行政复议/)).toBeTruthy();
  });

  test('a fee notice shows the amount, the tiers and the last day to pay', async () => {
    answerOk([
      {
        ...application,
        status: 'awaiting_fee',
        dueOn: undefined,
        fee: {
          on: '2026-03-03',
          method: 'by_pages',
          quantity: 150,
          alreadyCounted: 0,
          amount: 1700,
          payBy: '2026-03-31',
          note: '',
        },
      },
    ]);

    render(<MyApplications />);

    expect(await screen.findByText(/应缴信息处理费 1700 元/)).toBeTruthy();
    expect(screen.getByText(/31—100页的部分：10元\/页/)).toBeTruthy();
    expect(screen.getByText(/请于 2026-03-31 前缴纳/)).toBeTruthy();
    expect(screen.getByText('待缴费')).toBeTruthy();
  });
});
