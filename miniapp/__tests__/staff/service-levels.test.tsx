import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type {
  ServiceCaseView,
  ServiceLevelRow,
  ServiceLevelsView,
  StaffRole,
} from '@sunshine/shared';
import ServiceLevelsPage from '../../src/packages/staff/pages/service-levels/index';
import * as levels from '../../src/services/service-levels';
import { clearSession, saveSession } from '../../src/services/session';
import { me } from './fixtures';
import { resetMocksOf } from './interact';

jest.mock('../../src/services/service-levels');

const getServiceLevels = jest.mocked(levels.getServiceLevels);
const listServiceLevelCases = jest.mocked(levels.listServiceLevelCases);
const exportServiceLevels = jest.mocked(levels.exportServiceLevels);

const THIS_YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

const row = (overrides: Partial<ServiceLevelRow>): ServiceLevelRow => ({
  month: `${THIS_YEAR}-03`,
  office: '_',
  officeName: '本机关',
  kind: 'question',
  received: 3,
  answered: 2,
  onTime: 1,
  late: 1,
  openPastDue: 1,
  medianDays: 2,
  p90Days: 7,
  ratings: { 5: 1, 4: 0, 3: 0, 2: 0, 1: 1 },
  approximate: false,
  ...overrides,
});

const VIEW: ServiceLevelsView = {
  year: THIS_YEAR,
  asOf: `${THIS_YEAR}-06-01`,
  asOfTime: `${THIS_YEAR}-06-01 10:00`,
  rows: [
    row({}),
    row({
      kind: 'application',
      received: 1,
      answered: 1,
      onTime: 1,
      late: 0,
      openPastDue: 0,
      medianDays: 12,
      p90Days: 12,
      ratings: undefined,
    }),
  ],
  totals: [
    row({ month: '', office: '', officeName: '' }),
    row({
      month: '',
      office: '',
      officeName: '',
      kind: 'application',
      received: 1,
      answered: 1,
      onTime: 1,
      late: 0,
      openPastDue: 0,
      medianDays: 12,
      p90Days: 12,
      ratings: undefined,
    }),
  ],
  approximate: false,
};

const signedInAs = (...roles: StaffRole[]) =>
  saveSession({ token: 'token', expiresAt: Date.now() + 3_600_000, user: me({ roles }) });

const APPLICATION_CASE: ServiceCaseView = {
  id: '01HTESTAPPLICATION00000001',
  kind: 'application',
  officeName: '本机关',
  receivedOn: `${THIS_YEAR}-03-02`,
  dueOn: `${THIS_YEAR}-03-30`,
  answeredOn: `${THIS_YEAR}-03-18`,
  workingDays: 12,
  state: 'on_time',
  approximate: false,
};

const QUESTION_CASE: ServiceCaseView = {
  id: '01HTESTQUESTION00000000001',
  kind: 'question',
  subKind: '一般咨询',
  officeName: '本机关',
  receivedOn: `${THIS_YEAR}-03-04`,
  dueOn: `${THIS_YEAR}-03-11`,
  answeredOn: `${THIS_YEAR}-03-05`,
  workingDays: 1,
  state: 'on_time',
  approximate: false,
};

/** Opens the cases behind one figure of the March row of a kind. */
async function openCases(kindLabel: string, cases: ServiceCaseView[]) {
  listServiceLevelCases.mockResolvedValue({
    label: `${THIS_YEAR}-03 · 本机关 · ${kindLabel} · 受理`,
    cases,
  });
  render(<ServiceLevelsPage />);
  await screen.findByText(`${THIS_YEAR}-03 · 本机关 · ${kindLabel}`);
  await act(async () =>
    fireEvent.click(within(monthRow(`${THIS_YEAR}-03 · 本机关 · ${kindLabel}`)).getByText('受理')),
  );
  await screen.findByText(`${THIS_YEAR}-03 · 本机关 · ${kindLabel} · 受理：${cases.length} 件`);
}

const monthRow = (heading: string) =>
  screen.getByText(heading).closest('.service-levels__row') as HTMLElement;

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(levels);
  getServiceLevels.mockResolvedValue(VIEW);
  clearSession();
});

describe('服务质量', () => {
  test('shows each month × office × kind with on time, late, past due, working days and 好差评', async () => {
    render(<ServiceLevelsPage />);
    await screen.findByText(`${THIS_YEAR}-03 · 本机关 · 群众留言`);

    const questions = within(monthRow(`${THIS_YEAR}-03 · 本机关 · 群众留言`));
    expect(questions.getByText('受理').nextSibling!.textContent).toBe('3');
    expect(questions.getByText('逾期答复').nextSibling!.textContent).toBe('1');
    expect(questions.getByText('超期未答复').nextSibling!.textContent).toBe('1');
    expect(
      questions.getByText('用时中位数 2 个工作日，90% 在 7 个工作日 内（已答复 2）'),
    ).toBeTruthy();
    expect(questions.getByText('非常满意').nextSibling!.textContent).toBe('1');
    expect(questions.getByText('非常不满意').nextSibling!.textContent).toBe('1');
    const applications = within(monthRow(`${THIS_YEAR}-03 · 本机关 · 依申请公开`));
    expect(applications.queryByText('非常满意')).toBeNull();
    expect(getServiceLevels).toHaveBeenCalledWith({ year: THIS_YEAR, month: undefined });
  });

  test('a figure opens its cases, and a case opens its staff page', async () => {
    signedInAs('discloser');
    await openCases('依申请公开', [APPLICATION_CASE]);
    fireEvent.click(screen.getByText('编号 01HTESTAPPLICATION00000001 ›'));

    expect(listServiceLevelCases).toHaveBeenCalledWith({
      year: THIS_YEAR,
      month: `${THIS_YEAR}-03`,
      office: '_',
      kind: 'application',
      figure: 'received',
    });
    expect(
      screen.getByText(
        `受理 ${THIS_YEAR}-03-02 · 期限 ${THIS_YEAR}-03-30 · 答复 ${THIS_YEAR}-03-18（12 个工作日）`,
      ),
    ).toBeTruthy();
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/staff/pages/applications/index?id=01HTESTAPPLICATION00000001',
    });
  });

  test('tapping a question case opens the questions page at that question', async () => {
    signedInAs('responder');
    await openCases('群众留言', [QUESTION_CASE]);

    fireEvent.click(screen.getByText('编号 01HTESTQUESTION00000000001 ›'));

    expect(Taro.navigateTo).toHaveBeenCalledTimes(1);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/staff/pages/questions/index?id=01HTESTQUESTION00000000001&tab=answered',
    });
  });

  test('a responder without the discloser role sees application cases as plain rows', async () => {
    signedInAs('responder');
    await openCases('依申请公开', [APPLICATION_CASE]);

    fireEvent.click(screen.getByText('编号 01HTESTAPPLICATION00000001'));

    expect(Taro.navigateTo).not.toHaveBeenCalled();
    expect(screen.queryByText(/›/)).toBeNull();
    expect(screen.getByText(/只有信息公开办理人员可以打开申请/)).toBeTruthy();
  });

  test('says plainly why every figure is under 本机关 while no case names an office', async () => {
    render(<ServiceLevelsPage />);

    expect(await screen.findByText('留言和申请尚未分科室受理，暂按本机关统计。')).toBeTruthy();
  });

  test('says nothing of it once a row names an office', async () => {
    getServiceLevels.mockResolvedValue({
      ...VIEW,
      rows: [row({ office: 'traffic', officeName: '交通警察大队' })],
    });
    render(<ServiceLevelsPage />);
    await screen.findByText(`${THIS_YEAR}-03 · 交通警察大队 · 群众留言`);

    expect(screen.queryByText('留言和申请尚未分科室受理，暂按本机关统计。')).toBeNull();
  });

  test('a month filter asks for that month only', async () => {
    render(<ServiceLevelsPage />);
    await screen.findByText(`${THIS_YEAR}-03 · 本机关 · 群众留言`);

    await act(async () => fireEvent.click(screen.getByText('3月')));

    expect(getServiceLevels).toHaveBeenLastCalledWith({
      year: THIS_YEAR,
      month: `${THIS_YEAR}-03`,
    });
  });

  test('marks figures approximate when a year has no working-day calendar', async () => {
    getServiceLevels.mockResolvedValue({
      ...VIEW,
      rows: [row({ approximate: true })],
      approximate: true,
    });
    render(<ServiceLevelsPage />);

    expect(await screen.findByText(/尚未录入工作日历/)).toBeTruthy();
    expect(
      screen.getByText('用时中位数 约 2 个工作日，90% 在 约 7 个工作日 内（已答复 2）'),
    ).toBeTruthy();
  });

  test('exports the figures as a CSV file: the browser downloads the link storage answers', async () => {
    const exported = {
      url: 'https://media.example.cn/exports/levels.csv?X-Amz-Expires=600',
      fileName: `服务质量-${THIS_YEAR}.csv`,
      expiresAt: '2026-12-07T10:10:00.000Z',
      bytes: 2_048,
      rows: 4,
    };
    exportServiceLevels.mockResolvedValue(exported);
    const downloads: Array<{ href: string; download: string }> = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ href: this.href, download: this.download });
    });
    try {
      render(<ServiceLevelsPage />);
      await screen.findByText(`${THIS_YEAR}-03 · 本机关 · 群众留言`);

      await act(async () => fireEvent.click(screen.getByText('导出 CSV')));

      expect(exportServiceLevels).toHaveBeenCalledWith({ year: THIS_YEAR, month: undefined });
      expect(downloads).toEqual([{ href: exported.url, download: exported.fileName }]);
      expect(await screen.findByText(exported.fileName)).toBeTruthy();
      expect(Taro.setClipboardData).not.toHaveBeenCalled();
    } finally {
      click.mockRestore();
    }
  });
});
