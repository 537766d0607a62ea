import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StaffAdmin from '../../src/packages/staff/pages/staff-admin/index';
import * as staff from '../../src/services/staff';
import { member } from './fixtures';
import { byPlaceholder, control, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/staff');

const listStaff = jest.mocked(staff.listStaff);
const showModal = Taro.showModal as jest.Mock;

/** The member's row, found by their name. */
const rowOf = (name: string) =>
  screen.getByText(name).closest('.staff-admin__member') as HTMLElement;
/** A role chip within a form or a row, by its label (ticked or not). */
const chip = (scope: HTMLElement, label: string) =>
  within(scope)
    .getByText(new RegExp(`^(✓ )?${label}$`), { selector: '.role-chips__label' })
    .closest('[role="checkbox"]') as HTMLElement;

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(staff);
  listStaff.mockResolvedValue([
    member(),
    member({ userId: 'u-old', displayName: '赵离职', status: 'revoked', roles: ['reviewer'] }),
  ]);
});

describe('StaffAdmin', () => {
  test('lists staff with their roles, status and joining date', async () => {
    render(<StaffAdmin />);

    expect(await screen.findByText('王编辑')).toBeTruthy();
    expect(within(rowOf('王编辑')).getByText('在职')).toBeTruthy();
    expect(within(rowOf('王编辑')).getByText('编辑 · 2024-03-01 加入')).toBeTruthy();
    expect(within(rowOf('赵离职')).getByText('已停用')).toBeTruthy();
    expect(within(rowOf('赵离职')).queryByText('停用')).toBeNull();
  });

  test('creates an invitation and shows its code to copy', async () => {
    jest.mocked(staff.createInvitation).mockResolvedValue({
      code: 'K7M2Q9XW4P',
      displayName: '陈新人',
      roles: ['editor', 'reviewer'],
      expiresAt: '2024-05-08T02:00:00.000Z',
    });
    const { container } = render(<StaffAdmin />);
    await screen.findByText('王编辑');
    const form = container.querySelector('.staff-card') as HTMLElement;

    await typeInto(byPlaceholder('被邀请人的姓名'), '陈新人');
    fireEvent.click(chip(form, '编辑'));
    fireEvent.click(chip(form, '审核'));
    await act(async () => fireEvent.click(screen.getByText('生成邀请码')));

    expect(staff.createInvitation).toHaveBeenCalledWith({
      displayName: '陈新人',
      roles: ['editor', 'reviewer'],
      validDays: 7,
    });
    expect(screen.getByText('K7M2Q9XW4P')).toBeTruthy();
    expect(screen.getByText('有效期至 2024-05-08 10:00，仅可使用一次')).toBeTruthy();
    fireEvent.click(screen.getByText('复制邀请码'));
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: 'K7M2Q9XW4P' });
  });

  test('checks the invitation form before sending it', async () => {
    render(<StaffAdmin />);
    await screen.findByText('王编辑');
    await typeInto(control('validDays'), '45');

    await act(async () => fireEvent.click(screen.getByText('生成邀请码')));

    expect(screen.getByText('请填写姓名')).toBeTruthy();
    expect(screen.getByText('至少选择一个角色')).toBeTruthy();
    expect(screen.getByText('有效天数最多 30 天')).toBeTruthy();
    expect(staff.createInvitation).not.toHaveBeenCalled();
  });

  test("changes a member's roles, refusing none at all", async () => {
    jest.mocked(staff.changeStaffRoles).mockResolvedValue(member({ roles: ['reviewer'] }));
    render(<StaffAdmin />);
    await screen.findByText('王编辑');
    fireEvent.click(within(rowOf('王编辑')).getByText('修改角色'));

    fireEvent.click(chip(rowOf('王编辑'), '编辑'));
    await act(async () => fireEvent.click(screen.getByText('保存角色')));
    expect(screen.getByText('至少选择一个角色')).toBeTruthy();
    expect(staff.changeStaffRoles).not.toHaveBeenCalled();

    fireEvent.click(chip(rowOf('王编辑'), '审核'));
    await act(async () => fireEvent.click(screen.getByText('保存角色')));

    expect(staff.changeStaffRoles).toHaveBeenCalledWith('u-editor', ['reviewer']);
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '角色已更新' }));
    expect(listStaff).toHaveBeenCalledTimes(2);
  });

  test('asks for confirmation before revoking, and revokes only when confirmed', async () => {
    jest.mocked(staff.revokeStaff).mockResolvedValue(member({ status: 'revoked' }));
    render(<StaffAdmin />);
    await screen.findByText('王编辑');

    showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
    await act(async () => fireEvent.click(within(rowOf('王编辑')).getByText('停用')));
    expect(staff.revokeStaff).not.toHaveBeenCalled();

    await act(async () => fireEvent.click(within(rowOf('王编辑')).getByText('停用')));

    expect(showModal).toHaveBeenLastCalledWith(
      expect.objectContaining({ content: expect.stringContaining('王编辑') }),
    );
    expect(staff.revokeStaff).toHaveBeenCalledWith('u-editor');
  });
});
