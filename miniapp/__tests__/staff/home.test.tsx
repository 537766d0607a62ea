import { act, fireEvent, render, screen } from '@testing-library/react';
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
    fetchMe.mockResolvedValueOnce(me({ roles: [], displayName: undefined })).mockResolvedValueOnce(me({ roles: ['editor'], displayName: '新同事' }));
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

  test('shows an editor the new-draft link and their own drafts, and nothing of reviewers or admins', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['editor'], displayName: '王编辑' }));
    listWorkflowItems.mockResolvedValue([summaryItem(1, { status: 'returned' })]);
    render(<StaffHome />);

    expect(await screen.findByText('稿件 1')).toBeTruthy();
    expect(screen.getByText('编辑')).toBeTruthy();
    expect(screen.getByText('新建解读')).toBeTruthy();
    expect(screen.getByText('我的稿件')).toBeTruthy();
    expect(screen.getByText('已退回')).toBeTruthy();
    expect(screen.queryByText('待我审核')).toBeNull();
    expect(screen.queryByText('工作人员管理')).toBeNull();
    expect(listWorkflowItems).toHaveBeenCalledWith('mine');
  });

  test('opens an editor\'s returned draft in the editor and a reviewer\'s item in the review page', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['editor', 'reviewer'] }));
    listWorkflowItems.mockImplementation(async (view) => (view === 'mine' ? [summaryItem(1, { status: 'returned' })] : [summaryItem(2, { status: 'in_review' })]));
    render(<StaffHome />);

    fireEvent.click(await screen.findByText('稿件 1'));
    fireEvent.click(screen.getByText('稿件 2'));

    expect(Taro.navigateTo).toHaveBeenNthCalledWith(1, { url: `/packages/staff/pages/editor/index?id=${summaryItem(1).id}` });
    expect(Taro.navigateTo).toHaveBeenNthCalledWith(2, { url: `/packages/staff/pages/review/index?id=${summaryItem(2).id}` });
  });

  test('shows a reviewer the items waiting for review and an admin the administration links', async () => {
    fetchMe.mockResolvedValue(me({ roles: ['admin', 'reviewer'], displayName: '张主任' }));
    listWorkflowItems.mockResolvedValue([summaryItem(3, { status: 'in_review' })]);
    render(<StaffHome />);

    expect(await screen.findByText('稿件 3')).toBeTruthy();
    expect(screen.getByText('张主任')).toBeTruthy();
    expect(screen.getByText('待我审核')).toBeTruthy();
    expect(screen.queryByText('我的稿件')).toBeNull();
    expect(screen.queryByText('新建解读')).toBeNull();
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
