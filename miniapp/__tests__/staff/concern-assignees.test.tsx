import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AssignableStaffView, MeView, StaffConcernView } from '@sunshine/shared';
import StaffConcern from '../../src/packages/staff/pages/concern/index';
import { NewConcernForm } from '../../src/packages/staff/pages/concerns/new-concern-form';
import * as concerns from '../../src/services/concerns';
import { clearSession, saveSession } from '../../src/services/session';
import { me } from './fixtures';
import { control, pick, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/concerns');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const HOUR = 3_600_000;
const CONCERN_ID = '01HTESTC0NCERN000000000001';

const ASSIGNABLE: AssignableStaffView[] = [
  { userId: 'u-responder', name: '张答复', roles: ['responder'] },
  { userId: 'u-reviewer', name: '李审核', roles: ['reviewer'] },
  { userId: 'u-second', name: '孙答复', roles: ['responder', 'editor'] },
];

const concern = (overrides: Partial<StaffConcernView> = {}): StaffConcernView => ({
  id: CONCERN_ID,
  title: '某路段交通事故',
  level: 'major',
  levelLabel: '重大突发事件',
  office: 'traffic',
  officeName: '交通管理大队',
  arisenAt: new Date(Date.now() - HOUR).toISOString(),
  openedAt: new Date(Date.now() - HOUR).toISOString(),
  openedBy: { userId: 'u-responder', name: '张答复' },
  assignees: [{ userId: 'u-responder', name: '张答复' }],
  status: 'open',
  clocks: [],
  entries: [],
  ...overrides,
});

const signedInAs = (user: Partial<MeView>) =>
  saveSession({ token: 'token', expiresAt: Date.now() + HOUR, user: me(user) });

/** The checkbox row of one staff member in the 承办人 list. */
const option = (name: string) => screen.getByText(name).closest('[role="checkbox"]')!;
const checkedNames = () =>
  Array.from(document.querySelectorAll('[role="checkbox"][aria-checked="true"]')).map(
    (row) => row.querySelector('.assignee-picker__name')?.textContent,
  );

beforeEach(() => {
  resetMocksOf(concerns);
  (Taro.showToast as jest.Mock | undefined)?.mockClear?.();
  useRouter.mockReturnValue({ params: { id: CONCERN_ID }, path: '/' });
  jest.mocked(concerns.listAssignableStaff).mockResolvedValue(ASSIGNABLE);
  jest.mocked(concerns.getStaffConcern).mockResolvedValue(concern());
});
afterEach(clearSession);

describe('新建关切: 承办人', () => {
  test('lists the assignable staff by name and role, the opener checked', async () => {
    signedInAs({ userId: 'u-reviewer', roles: ['reviewer'], displayName: '李审核' });
    await act(async () => render(<NewConcernForm onOpened={jest.fn()} onCancel={jest.fn()} />));

    expect(concerns.listAssignableStaff).toHaveBeenCalledTimes(1);
    expect(
      Array.from(document.querySelectorAll('.assignee-picker__name')).map((n) => n.textContent),
    ).toEqual(['张答复', '李审核', '孙答复']);
    expect(screen.getByText('答复、编辑')).toBeTruthy();
    expect(checkedNames()).toEqual(['李审核']);
  });

  test('with nobody checked it is not sent, and says so in Chinese under 承办人', async () => {
    signedInAs({ userId: 'u-reviewer', roles: ['reviewer'] });
    await act(async () => render(<NewConcernForm onOpened={jest.fn()} onCancel={jest.fn()} />));

    fireEvent.click(option('李审核'));
    expect(checkedNames()).toEqual([]);
    await act(async () => fireEvent.click(screen.getByText('开启关切')));

    expect(concerns.openConcern).not.toHaveBeenCalled();
    const field = document.querySelector('[data-field="assignees"]')!;
    expect(field.textContent).toContain('请至少选择一名承办人');
  });

  test('sends the opener and those checked', async () => {
    signedInAs({ userId: 'u-reviewer', roles: ['reviewer'] });
    const onOpened = jest.fn();
    jest.mocked(concerns.openConcern).mockResolvedValue(concern());
    await act(async () => render(<NewConcernForm onOpened={onOpened} onCancel={jest.fn()} />));
    await typeInto(control('title'), '某路段交通事故');
    pick(control('level'), 0);
    pick(control('office'), 0);

    fireEvent.click(option('孙答复'));
    await act(async () => fireEvent.click(screen.getByText('开启关切')));

    expect(concerns.openConcern).toHaveBeenCalledTimes(1);
    expect(concerns.openConcern).toHaveBeenCalledWith(
      expect.objectContaining({ assignees: ['u-reviewer', 'u-second'] }),
    );
    expect(onOpened).toHaveBeenCalledTimes(1);
  });
});

describe('the concern page: 调整承办人', () => {
  test('shows the assignees; the same list, with them checked, replaces them', async () => {
    signedInAs({ userId: 'u-reviewer', roles: ['reviewer'] });
    jest.mocked(concerns.reassignConcern).mockResolvedValue(
      concern({
        assignees: [
          { userId: 'u-responder', name: '张答复' },
          { userId: 'u-second', name: '孙答复' },
        ],
      }),
    );
    await act(async () => render(<StaffConcern />));
    expect(screen.getByText('承办人：张答复')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('调整承办人 ›')));
    expect(checkedNames()).toEqual(['张答复']);
    fireEvent.click(option('孙答复'));
    await act(async () => fireEvent.click(screen.getByText('保存承办人')));

    expect(concerns.reassignConcern).toHaveBeenCalledTimes(1);
    expect(concerns.reassignConcern).toHaveBeenCalledWith(CONCERN_ID, {
      assignees: ['u-responder', 'u-second'],
    });
    expect(screen.getByText('承办人：张答复、孙答复')).toBeTruthy();
    expect(document.querySelector('.assignee-picker')).toBeNull();
  });

  test('a member the server refuses is named on their row', async () => {
    signedInAs({ userId: 'u-reviewer', roles: ['reviewer'] });
    const { ApiError } = await import('../../src/services/api-error');
    jest
      .mocked(concerns.reassignConcern)
      .mockRejectedValue(
        new ApiError('VALIDATION_FAILED', '请检查填写的内容', 400, [
          { field: 'assignees.1', message: '承办人须为在岗的答复或审核人员' },
        ]),
      );
    await act(async () => render(<StaffConcern />));
    await act(async () => fireEvent.click(screen.getByText('调整承办人 ›')));
    fireEvent.click(option('孙答复'));

    await act(async () => fireEvent.click(screen.getByText('保存承办人')));

    expect(option('孙答复').textContent).toContain('承办人须为在岗的答复或审核人员');
    expect(option('张答复').textContent).not.toContain('承办人须为在岗');
  });

  test('editors read the assignees but do not change them', async () => {
    signedInAs({ userId: 'u-editor', roles: ['editor'] });
    await act(async () => render(<StaffConcern />));

    expect(screen.getByText('承办人：张答复')).toBeTruthy();
    expect(screen.queryByText('调整承办人 ›')).toBeNull();
  });
});
