import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StaffHome from '../../src/packages/staff/pages/home/index';
import { ApiError } from '../../src/services/api-error';
import * as auth from '../../src/services/auth';
import * as staff from '../../src/services/staff';
import { me, summaryItem } from './fixtures';
import { byPlaceholder, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/auth');
jest.mock('../../src/services/staff');

const fetchMe = jest.mocked(auth.fetchMe);
const listWorkflowItems = jest.mocked(staff.listWorkflowItems);

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(auth, staff);
  listWorkflowItems.mockResolvedValue([]);
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
    expect(listWorkflowItems).toHaveBeenCalledWith('review');
  });

  test('signs out and returns to the sign-in prompt', async () => {
    fetchMe.mockResolvedValue(me());
    render(<StaffHome />);

    fireEvent.click(await screen.findByText('退出登录'));

    expect(auth.signOut).toHaveBeenCalled();
    expect(screen.getByText('去登录')).toBeTruthy();
  });
});
