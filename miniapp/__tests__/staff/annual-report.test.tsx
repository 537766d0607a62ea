import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  emptyStaffInputs,
  type AnnualReportTables,
  type ApplicationFigures,
  type LiveReportView,
  type PublishedAnnualReport,
} from '@sunshine/shared';
import { AnnualReportBody } from '../../src/components/annual-report-body';
import AnnualReportPage from '../../src/packages/staff/pages/annual-report/index';
import { ReportReminder } from '../../src/packages/staff/pages/home/report-reminder';
import * as content from '../../src/services/content';
import * as reports from '../../src/services/reports';
import * as staff from '../../src/services/staff';
import { control, fieldBox } from './interact';

jest.mock('../../src/services/staff');
jest.mock('../../src/services/content');
jest.mock('../../src/services/reports', () => ({
  ...jest.requireActual('../../src/services/reports'),
  getLiveReport: jest.fn(),
  listReportCellRecords: jest.fn(),
}));

const useRouter = Taro.useRouter as unknown as jest.Mock;
const zeros = () =>
  Object.fromEntries(
    APPLICATION_ROWS.map((row) => [
      row,
      Object.fromEntries(APPLICATION_COLUMNS.map((column) => [column, 0])),
    ]),
  ) as ApplicationFigures;

function tables(): AnnualReportTables {
  const applications = zeros();
  applications.received = { ...applications.received, commercial: 2, total: 2 };
  applications.disclosed = { ...applications.disclosed, commercial: 2, total: 2 };
  applications.outcome_total = { ...applications.outcome_total, commercial: 2, total: 2 };
  return {
    rules: {
      regulation: { made: 0, repealed: 0, in_force: 0 },
      normative: { made: 1, repealed: 0, in_force: 6 },
    },
    applications,
    decisions: { licensing: 1520, penalty: 312, coercion: 27 },
    feeAmount: 0,
    remedies: emptyStaffInputs().remedies,
  };
}

const REPORT: PublishedAnnualReport = {
  kind: 'annual_report',
  id: '01HTEST0000000000000000R01',
  title: '长治市公安局上党分局2025年政府信息公开工作年度报告',
  category: 'management',
  office: 'general',
  topic: 'transparency',
  year: 2025,
  inputs: {
    ...emptyStaffInputs(),
    narrative: { overview: '全面推进政务公开。', problems: '解读形式单一。', other: '' },
  },
  tables: tables(),
  latePublications: 1,
  publishedAt: '2026-01-20T02:00:00.000Z',
  updatedAt: '2026-01-20T02:00:00.000Z',
  demo: false,
};

beforeEach(() => {
  jest.clearAllMocks();
  useRouter.mockReturnValue({ params: {}, path: '/packages/staff/pages/annual-report/index' });
});

afterEach(() => jest.useRealTimers());

describe('a published report as residents read it', () => {
  test('shows the six sections, each figure beside its label, and where each table downloads', () => {
    render(<AnnualReportBody content={REPORT} id={REPORT.id} />);

    for (const title of [
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
      expect(screen.getByText(title)).toBeTruthy();
    const licensing = screen.getByText('行政许可').parentElement as HTMLElement;
    expect(within(licensing).getByText('1520')).toBeTruthy();
    const received = screen.getByText('一、本年新收政府信息公开申请数量')
      .parentElement as HTMLElement;
    expect(within(received).getByText('法人·商业企业').nextSibling?.textContent).toBe('2');
    expect(screen.getByText('三、收到和处理政府信息公开申请情况（CSV）')).toBeTruthy();

    // The H5 build opens the page; the WeChat build copies its address.
    const open = jest.spyOn(window, 'open').mockReturnValue(null);
    fireEvent.click(screen.getByText('打印版（全文及全部表格）'));
    expect(open).toHaveBeenCalledWith(
      expect.stringMatching(/\/v1\/reports\/01HTEST0000000000000000R01\/print$/),
      '_blank',
      'noopener',
    );
  });

  test('a draft not yet submitted says its tables come at submission, and offers no download', () => {
    render(<AnnualReportBody content={{ ...REPORT, tables: undefined }} />);

    expect(screen.getByText('统计表在提交审核时根据本年度记录生成。')).toBeTruthy();
    expect(screen.queryByText('下载与打印')).toBeNull();
  });
});

describe('the staff home reminder', () => {
  test('in January, last year’s report unpublished: a reminder, not yet red', async () => {
    jest.useFakeTimers({
      now: new Date('2027-01-10T02:00:00Z'),
      doNotFake: ['nextTick', 'setImmediate'],
    });
    jest.mocked(content.listContent).mockResolvedValue({ items: [] });

    await act(async () => render(<ReportReminder refreshKey={0} />));

    const reminder = screen.getByText('2026年度政府信息公开工作年度报告尚未发布（1月31日前）');
    expect(reminder.parentElement?.className).not.toContain('report-reminder--late');
    expect(screen.queryByText('已逾期')).toBeNull();
  });

  test('after 31 January it is red; once published it is gone', async () => {
    jest.useFakeTimers({
      now: new Date('2027-02-01T02:00:00Z'),
      doNotFake: ['nextTick', 'setImmediate'],
    });
    jest.mocked(content.listContent).mockResolvedValue({ items: [] });
    const { unmount } = await act(async () => render(<ReportReminder refreshKey={0} />));
    expect(screen.getByText('已逾期').parentElement?.className).toContain('report-reminder--late');
    unmount();

    jest.mocked(content.listContent).mockResolvedValue({
      items: [{ ...REPORT, year: 2026, summary: '' }],
    });
    await act(async () => render(<ReportReminder refreshKey={1} />));
    expect(screen.queryByText(/尚未发布/)).toBeNull();
  });
});

describe('the staff report page', () => {
  const live = (year: number): LiveReportView => ({
    year,
    computed: { rules: tables().rules, applications: tables().applications },
    latePublications: 0,
    feesCharged: { count: 0, amount: 0 },
    suggestedTitle: `长治市公安局上党分局${year}年政府信息公开工作年度报告`,
    suggestedOffice: 'general',
  });

  test('a 复议 总计 other than its parts is named under its cell, and nothing is sent', async () => {
    jest.mocked(reports.getLiveReport).mockImplementation((year) => Promise.resolve(live(year)));
    await act(async () => render(<AnnualReportPage />));

    // Forty inputs render their own fields slowly on a loaded machine: send the input event as
    // Taro's Input emits it, without waiting for each one's inner field.
    act(() => {
      control('inputs.remedies.review.upheld').dispatchEvent(
        new CustomEvent('input', { detail: { value: '2' }, bubbles: true }),
      );
    });
    await act(async () => fireEvent.click(screen.getByText('保存')));

    expect(
      within(fieldBox('inputs.remedies.review.total')).getByText(
        '四、行政复议 总计 应等于各项之和（应为 2）',
      ),
    ).toBeTruthy();
    expect(staff.createDraft).not.toHaveBeenCalled();
  });

  test('a computed figure opens the records behind it', async () => {
    jest.mocked(reports.getLiveReport).mockImplementation((year) => Promise.resolve(live(year)));
    jest.mocked(reports.listReportCellRecords).mockResolvedValue({
      year: 2025,
      cell: 'rules.normative.made',
      label: '二、行政规范性文件 本年制发件数',
      records: [
        {
          id: 'D1',
          kind: 'document',
          title: '关于规范户籍窗口服务的规定',
          detail: '行政规范性文件 · 成文 2025-03-01',
        },
      ],
    });
    await act(async () => render(<AnnualReportPage />));

    const normative = screen.getByText('行政规范性文件').parentElement as HTMLElement;
    await act(async () => fireEvent.click(within(normative).getByText('1')));

    expect(screen.getByText('关于规范户籍窗口服务的规定')).toBeTruthy();
    expect(screen.getByText('二、行政规范性文件 本年制发件数：1 条')).toBeTruthy();
  });
  test('shows the year’s concern figures beside the narrative, for staff to quote', async () => {
    jest.mocked(reports.getLiveReport).mockImplementation((year) =>
      Promise.resolve({
        ...live(year),
        concerns: {
          year,
          levels: [
            {
              level: 'major',
              levelLabel: '重大突发事件',
              opened: 2,
              closed: 2,
              perClock: [
                { label: '首次权威发布', onTime: 2, late: 0, notHeld: 0 },
                { label: '新闻发布会', onTime: 1, late: 0, notHeld: 1 },
              ],
            },
          ],
        },
      }),
    );
    await act(async () => render(<AnnualReportPage />));

    const year = jest.mocked(reports.getLiveReport).mock.calls[0]![0];
    expect(screen.getByText(`${year}年回应关切情况`)).toBeTruthy();
    expect(screen.getByText('重大突发事件：开启 2 件，已结束 2 件')).toBeTruthy();
    expect(screen.getByText('新闻发布会：按时 1 件，超时 0 件，未召开 1 件')).toBeTruthy();
  });
});
