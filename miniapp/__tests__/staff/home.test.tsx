import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StaffHome from '../../src/packages/staff/pages/home/index';
import { ApiError } from '../../src/services/api-error';
import * as auth from '../../src/services/auth';
import * as staff from '../../src/services/staff';
import { WITHHOLDING_GROUND_RULES, WITHHOLDING_GROUNDS } from '@sunshine/shared';
import { chinaDate } from '../../src/packages/staff/components/format-time';
import { me, summaryItem } from './fixtures';
import { byPlaceholder, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/auth');
jest.mock('../../src/services/staff');
// The desk's 回应关切 section has its own tests (concerns.test.tsx): none open here.
// Next year's working-day calendar is entered: its reminder has its own tests (calendar.test.tsx).
jest.mock('../../src/services/calendar', () => ({
  fetchCalendar: jest.fn((year: number) => Promise.resolve({ year, holidays: [], workdays: [] })),
}));
jest.mock('../../src/services/concerns', () => ({
  listStaffConcerns: jest.fn(() => Promise.resolve({ items: [] })),
}));

const fetchMe = jest.mocked(auth.fetchMe);
const listWorkflowItems = jest.mocked(staff.listWorkflowItems);

const listPublicationDeadlines = jest.mocked(staff.listPublicationDeadlines);
const getStaffNegativeList = jest.mocked(staff.getStaffNegativeList);
const GROUNDS = WITHHOLDING_GROUNDS.map((ground) => ({
  ground,
  ...WITHHOLDING_GROUND_RULES[ground],
  count: 0,
}));

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(auth, staff);
  listWorkflowItems.mockResolvedValue([]);
  listPublicationDeadlines.mockResolvedValue([]);
  // Reviewed a month ago: no reminder unless a test says otherwise.
  const lastMonth = chinaDate(-30);
  getStaffNegativeList.mockResolvedValue({
    grounds: GROUNDS,
    lastReviewedOn: lastMonth,
    nextReviewDueOn: `${Number(lastMonth.slice(0, 4)) + 1}${lastMonth.slice(4)}`,
    reviews: [],
  });
});

describe('StaffHome', () => {
  test('shows a sign-in prompt that leads to the sign-in page when nobody is signed in', async () => {
    fetchMe.mockRejectedValue(new ApiError('UNAUTHENTICATED'));
    render(<StaffHome />);

    fireEvent.click(await screen.findByText('去登录'));

    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/sign-in/index' });
  });

  test('asks a signed-in person without roles for an invitation code and joins with it', async () => {
    fetchMe
      .mockResolvedValueOnce(me({ roles: [], displayName: undefined }))
      .mockResolvedValueOnce(me({ roles: ['editor'], displayName: '新同事' }));
    jest.mocked(auth.joinStaff).mockResolvedValue(me({ roles: ['editor'] }));
    render(<StaffHome />);
    expect(await screen.findByText('请输入管理员发给您的邀请码')).toBeTruthy();

    await typeInto(byPlaceholder('10 位字母或数字'), 'ab12cd34ef');
    await act(async () => fireEvent.click(screen.getByText('加入')));

    expect(auth.joinStaff).toHaveBeenCalledWith({ code: 'AB12CD34EF' });
    expect(await screen.findByText('新同事')).toBeTruthy();
  });

  test('shows the rule of the invitation code and does not call the server for a malformed one', async () => {
    fetchMe.mockResolvedValue(me({ roles: [] }));
    render(<StaffHome />);
    const join = await screen.findByText('加入');

    await act(async () => fireEvent.click(join));

    expect(screen.getByText('邀请码为 10 位字母或数字')).toBeTruthy();
    expect(auth.joinStaff).not.toHaveBeenCalled();
  });

  test('shows an editor the new-draft actions and their own drafts, and nothing of reviewers or admins', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['editor'], displayName: '王编辑' }));
    listWorkflowItems.mockResolvedValue([summaryItem(1, { status: 'returned' })]);
    render(<StaffHome />);

    expect(await screen.findByText('稿件 1')).toBeTruthy();
    expect(screen.getByText('编辑')).toBeTruthy();
    expect(screen.getByText('新建政策解读')).toBeTruthy();
    expect(screen.getByText('我的稿件')).toBeTruthy();
    expect(screen.getByText('已退回')).toBeTruthy();
    expect(screen.queryByText('待我审核')).toBeNull();
    expect(screen.queryByText('工作人员管理')).toBeNull();
    expect(listWorkflowItems).toHaveBeenCalledWith('mine');
  });

  test('offers an editor one new-draft action per kind, each opening the editor of that kind', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['editor'] }));
    render(<StaffHome />);
    await screen.findByText('我的稿件');

    const actions = [
      '新建政策文件',
      '新建政策解读',
      '新建政策问答',
      '新建权威发布',
      '新建办事指南',
    ];
    for (const action of actions) fireEvent.click(screen.getByText(action));

    expect(jest.mocked(Taro.navigateTo).mock.calls.map(([options]) => options.url)).toEqual(
      ['document', 'interpretation', 'qa', 'notice', 'guide'].map(
        (kind) => `/packages/staff/pages/editor/index?kind=${kind}`,
      ),
    );
  });

  test('offers an editor the bulk import of guides, and a reviewer not', async () => {
    fetchMe.mockResolvedValueOnce(me({ roles: ['editor'] }));
    const { unmount } = render(<StaffHome />);
    await screen.findByText('我的稿件');

    fireEvent.click(screen.getByText('批量导入、导出办事指南'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/staff/pages/guide-import/index',
    });
    unmount();
    fetchMe.mockResolvedValueOnce(me({ roles: ['reviewer'] }));
    render(<StaffHome />);
    await screen.findByText('待我审核');
    expect(screen.queryByText('批量导入、导出办事指南')).toBeNull();
  });

  test('shows the kind of each item and marks an urgent notice', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['reviewer'] }));
    listWorkflowItems.mockResolvedValue([
      summaryItem(1, { kind: 'notice', urgent: true, status: 'in_review' }),
      summaryItem(2, { kind: 'document', status: 'in_review' }),
      summaryItem(3, { kind: 'notice', urgent: false, status: 'in_review' }),
    ]);
    render(<StaffHome />);

    const cards = (await screen.findAllByText(/^稿件 \d$/)).map(
      (title) => title.closest('.workflow-card') as HTMLElement,
    );

    expect(within(cards[0]!).getByText('权威发布')).toBeTruthy();
    expect(within(cards[0]!).getByText('紧急')).toBeTruthy();
    expect(within(cards[1]!).getByText('政策文件')).toBeTruthy();
    expect(within(cards[2]!).queryByText('紧急')).toBeNull();
  });

  test("opens an editor's returned draft in the editor and a reviewer's item in the review page", async () => {
    fetchMe.mockResolvedValue(me({ roles: ['editor', 'reviewer'] }));
    listWorkflowItems.mockImplementation(async (view) =>
      view === 'mine'
        ? [summaryItem(1, { status: 'returned' })]
        : [summaryItem(2, { status: 'in_review' })],
    );
    render(<StaffHome />);

    fireEvent.click(await screen.findByText('稿件 1'));
    fireEvent.click(screen.getByText('稿件 2'));

    expect(Taro.navigateTo).toHaveBeenNthCalledWith(1, {
      url: `/packages/staff/pages/editor/index?id=${summaryItem(1).id}`,
    });
    expect(Taro.navigateTo).toHaveBeenNthCalledWith(2, {
      url: `/packages/staff/pages/review/index?id=${summaryItem(2).id}`,
    });
  });

  test('shows a reviewer the items waiting for review and an admin the administration links', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['admin', 'reviewer'], displayName: '张主任' }));
    listWorkflowItems.mockResolvedValue([summaryItem(3, { status: 'in_review' })]);
    render(<StaffHome />);

    expect(await screen.findByText('稿件 3')).toBeTruthy();
    expect(screen.getByText('张主任')).toBeTruthy();
    expect(screen.getByText('待我审核')).toBeTruthy();
    expect(screen.queryByText('我的稿件')).toBeNull();
    expect(screen.queryByText(/^新建/)).toBeNull();
    fireEvent.click(screen.getByText('审计日志'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/audit/index' });
    fireEvent.click(screen.getByText('工作日历（法定期限按此计算）'));
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/packages/staff/pages/calendar/index',
    });
    expect(listWorkflowItems).toHaveBeenCalledWith('review');
  });

  test('offers editors and reviewers the content browser, and not an admin alone', async () => {
    fetchMe.mockResolvedValueOnce(me({ roles: ['reviewer'] }));
    const { unmount } = render(<StaffHome />);

    fireEvent.click(await screen.findByText('内容管理：全部内容（搜索、筛选）'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/browser/index' });
    unmount();

    fetchMe.mockResolvedValueOnce(me({ roles: ['admin'] }));
    render(<StaffHome />);
    await screen.findByText('审计日志');
    expect(screen.queryByText('内容管理：全部内容（搜索、筛选）')).toBeNull();
  });

  test('signs out and returns to the sign-in prompt', async () => {
    fetchMe.mockResolvedValue(me());
    render(<StaffHome />);

    fireEvent.click(await screen.findByText('退出登录'));

    expect(auth.signOut).toHaveBeenCalled();
    expect(screen.getByText('去登录')).toBeTruthy();
  });
  test('lists drafts past their publication deadline in red before those due soon in amber, each opening its page', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['editor'] }));
    listPublicationDeadlines.mockResolvedValue([
      {
        id: 'late-draft',
        kind: 'notice',
        title: '已超期的通告',
        status: 'draft',
        madeOn: '2026-10-01',
        dueOn: '2026-10-29',
        approximate: false,
        overdue: true,
        workingDaysLeft: 0,
      },
      {
        id: 'soon-review',
        kind: 'document',
        title: '即将到期的文件',
        status: 'in_review',
        madeOn: '2026-11-20',
        dueOn: '2026-12-18',
        approximate: true,
        overdue: false,
        workingDaysLeft: 3,
      },
    ]);
    render(<StaffHome />);

    await screen.findByText('已超期的通告');
    const section = screen.getByText('公开时限').closest('.staff-card') as HTMLElement;
    const titles = within(section)
      .getAllByText(/的(通告|文件)$/)
      .map((node) => node.textContent);
    expect(titles).toEqual(['已超期的通告', '即将到期的文件']);
    expect(within(section).getByText('已超期').className).toContain('--overdue');
    expect(within(section).getByText('即将到期').className).toContain('--soon');
    expect(within(section).getByText('应于 2026-10-29 前公开')).toBeTruthy();
    expect(
      within(section).getByText('2026-12-18 到期，还剩 3 个工作日（工作日历未录入，按周末估算）'),
    ).toBeTruthy();

    fireEvent.click(screen.getByText('已超期的通告'));
    fireEvent.click(screen.getByText('即将到期的文件'));
    expect(Taro.navigateTo).toHaveBeenNthCalledWith(1, {
      url: '/packages/staff/pages/editor/index?id=late-draft',
    });
    expect(Taro.navigateTo).toHaveBeenNthCalledWith(2, {
      url: '/packages/staff/pages/review/index?id=soon-review',
    });
  });

  test('shows no 公开时限 to a responder, who publishes nothing', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['responder'] }));
    jest.mocked(staff.listQuestionQueue).mockResolvedValue([]);
    render(<StaffHome />);
    await screen.findByText('留言答复');

    expect(screen.queryByText('公开时限')).toBeNull();
    expect(listPublicationDeadlines).not.toHaveBeenCalled();
  });

  test('reminds an admin in red of a negative-list review past due, and opens the page to record it', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['admin'] }));
    getStaffNegativeList.mockResolvedValue({
      grounds: GROUNDS,
      lastReviewedOn: '2024-03-01',
      nextReviewDueOn: '2025-03-01',
      reviews: [],
    });
    render(<StaffHome />);

    const reminder = await screen.findByText('负面清单年度复核已超期（应于 2025-03-01 前完成）');
    expect(reminder.closest('.review-reminder')?.className).toContain('--overdue');
    fireEvent.click(reminder);

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/staff/pages/negative-list/index',
    });
    expect(screen.getByText('负面清单：年度复核')).toBeTruthy();
  });

  test('reminds in amber within 30 days of the review, and not at all before', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['reviewer'] }));
    const soon = chinaDate(10);
    getStaffNegativeList.mockResolvedValue({
      grounds: GROUNDS,
      lastReviewedOn: `${Number(soon.slice(0, 4)) - 1}${soon.slice(4)}`,
      nextReviewDueOn: soon,
      reviews: [],
    });
    const { unmount } = render(<StaffHome />);

    const reminder = await screen.findByText(`负面清单年度复核将于 ${soon} 到期，还有 10 天`);
    expect(reminder.closest('.review-reminder')?.className).toContain('--soon');
    unmount();

    getStaffNegativeList.mockResolvedValue({
      grounds: GROUNDS,
      lastReviewedOn: chinaDate(-30),
      nextReviewDueOn: chinaDate(335),
      reviews: [],
    });
    render(<StaffHome />);
    await screen.findByText('待我审核');
    await act(async () => undefined);

    expect(screen.queryByText(/负面清单年度复核/)).toBeNull();
  });

  test('links 服务质量 for responders, disclosers and admins, and not for an editor', async () => {
    jest.mocked(staff.listQuestionQueue).mockResolvedValue([]);
    for (const role of ['responder', 'discloser', 'admin'] as const) {
      fetchMe.mockResolvedValueOnce(me({ roles: [role] }));
      const { unmount } = render(<StaffHome />);
      fireEvent.click(await screen.findByText('服务质量：按期答复、用时与好差评'));
      unmount();
    }
    fetchMe.mockResolvedValueOnce(me({ roles: ['editor'] }));
    render(<StaffHome />);
    await screen.findByText('我的稿件');

    expect(screen.queryByText('服务质量：按期答复、用时与好差评')).toBeNull();
    expect(jest.mocked(Taro.navigateTo).mock.calls.map(([options]) => options.url)).toEqual(
      Array(3).fill('/packages/staff/pages/service-levels/index'),
    );
  });
});
