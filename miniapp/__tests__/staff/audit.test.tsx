import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Audit from '../../src/packages/staff/pages/audit/index';
import * as staff from '../../src/services/staff';
import { auditEntry } from './fixtures';
import { pick, resetMocksOf } from './interact';

jest.mock('../../src/services/staff');

const listAudit = jest.mocked(staff.listAudit);
const exportAudit = jest.mocked(staff.exportAudit);

/** The month now in China, as the page defaults to it. */
const thisMonth = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7);

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(staff);
});

describe('Audit', () => {
  test("lists this month's entries in China time and loads the next page on demand", async () => {
    listAudit
      .mockResolvedValueOnce({ items: [auditEntry(1)], nextCursor: 'NEXT' })
      .mockResolvedValueOnce({
        items: [
          auditEntry(2, { action: 'content.publish', roles: ['reviewer'], actorName: '李审核' }),
        ],
      });
    render(<Audit />);

    expect(await screen.findByText('操作摘要 1')).toBeTruthy();
    expect(screen.getByText('2024-05-01 09:30')).toBeTruthy();
    expect(screen.getByText('张管理（管理员）')).toBeTruthy();
    expect(screen.getByText('对象编号：item-1')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('加载更多')));

    expect(await screen.findByText('操作摘要 2')).toBeTruthy();
    expect(screen.getByText('李审核（审核）')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
    expect(listAudit.mock.calls).toEqual([
      [{ month: thisMonth(), action: undefined, cursor: undefined }],
      [{ month: thisMonth(), action: undefined, cursor: 'NEXT' }],
    ]);
  });

  test('filters by month and action', async () => {
    listAudit.mockResolvedValue({ items: [] });
    const { container } = render(<Audit />);
    await screen.findByText('本月暂无符合条件的记录');
    const [monthPicker, actionPicker] = Array.from(container.querySelectorAll('taro-picker-core'));

    pick(monthPicker!, '2024-04');
    pick(actionPicker!, 1);

    await screen.findByText('2024-04 操作记录');
    expect(listAudit).toHaveBeenLastCalledWith({
      month: '2024-04',
      action: 'staff.sign_in',
      cursor: undefined,
    });
  });

  test('exports the filtered log as a CSV download in the browser', async () => {
    listAudit.mockResolvedValue({ items: [] });
    exportAudit.mockResolvedValue('时间,操作人\n');
    const createObjectURL = jest.fn(() => 'blob:audit');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe(`audit-${thisMonth()}.csv`);
    });
    render(<Audit />);
    await screen.findByText('本月暂无符合条件的记录');

    await act(async () => fireEvent.click(screen.getByText('导出 CSV')));

    expect(exportAudit).toHaveBeenCalledWith({ month: thisMonth(), action: undefined });
    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    expect(Taro.setClipboardData).not.toHaveBeenCalled();
    click.mockRestore();
  });

  test('copies the CSV to the clipboard in WeChat, where no file can be saved', async () => {
    listAudit.mockResolvedValue({ items: [] });
    exportAudit.mockResolvedValue('时间,操作人\n');
    process.env.TARO_ENV = 'weapp';
    try {
      render(<Audit />);
      await screen.findByText('本月暂无符合条件的记录');

      await act(async () => fireEvent.click(screen.getByText('导出 CSV')));

      expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: '时间,操作人\n' });
      expect(Taro.showToast).toHaveBeenCalledWith(
        expect.objectContaining({ title: '已复制到剪贴板' }),
      );
    } finally {
      process.env.TARO_ENV = 'h5';
    }
  });
});
