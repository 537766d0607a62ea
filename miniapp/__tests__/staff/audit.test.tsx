import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Audit from '../../src/packages/staff/pages/audit/index';
import * as staff from '../../src/services/staff';
import { auditEntry } from './fixtures';
import { pick, resetMocksOf } from './interact';

jest.mock('../../src/services/staff');

const listAudit = jest.mocked(staff.listAudit);
const exportAudit = jest.mocked(staff.exportAudit);

const exported = {
  url: 'https://media.example.cn/exports/abc.csv?X-Amz-Expires=600',
  fileName: '审计日志-2026-12.csv',
  expiresAt: '2026-12-07T10:10:00.000Z',
  bytes: 2_500_000,
  rows: 12,
};

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

  test('exports the filtered log: the browser downloads the link storage answers', async () => {
    listAudit.mockResolvedValue({ items: [] });
    exportAudit.mockResolvedValue(exported);
    const downloads: Array<{ href: string; download: string }> = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ href: this.href, download: this.download });
    });
    render(<Audit />);
    await screen.findByText('本月暂无符合条件的记录');

    await act(async () => fireEvent.click(screen.getByText('导出 CSV')));

    expect(exportAudit).toHaveBeenCalledWith({ month: thisMonth(), action: undefined });
    expect(downloads).toEqual([{ href: exported.url, download: exported.fileName }]);
    expect(await screen.findByText(exported.fileName)).toBeTruthy();
    expect(screen.getByText('12 行 · 2.4 MB · 链接 2026-12-07 18:10 前有效')).toBeTruthy();
    expect(Taro.setClipboardData).not.toHaveBeenCalled();
    click.mockRestore();
  });

  test('in WeChat, downloads the file to the phone and sends it to a chat on a tap', async () => {
    listAudit.mockResolvedValue({ items: [] });
    exportAudit.mockResolvedValue(exported);
    process.env.TARO_ENV = 'weapp';
    try {
      render(<Audit />);
      await screen.findByText('本月暂无符合条件的记录');

      await act(async () => fireEvent.click(screen.getByText('导出 CSV')));
      expect(Taro.downloadFile).toHaveBeenCalledWith({ url: exported.url });
      expect(Taro.shareFileMessage).not.toHaveBeenCalled();
      // CSV is not a type openDocument opens: no 打开 button.
      expect(screen.queryByText('打开')).toBeNull();
      await act(async () => fireEvent.click(screen.getByText('发送到聊天')));

      expect(Taro.shareFileMessage).toHaveBeenCalledWith({
        filePath: 'wxfile://tmp/1',
        fileName: exported.fileName,
      });
      expect(Taro.setClipboardData).not.toHaveBeenCalled();
    } finally {
      process.env.TARO_ENV = 'h5';
    }
  });

  test('in WeChat, copies the download link on a tap', async () => {
    listAudit.mockResolvedValue({ items: [] });
    exportAudit.mockResolvedValue(exported);
    process.env.TARO_ENV = 'weapp';
    try {
      render(<Audit />);
      await screen.findByText('本月暂无符合条件的记录');
      await act(async () => fireEvent.click(screen.getByText('导出 CSV')));

      await act(async () => fireEvent.click(screen.getByText('复制下载链接')));

      expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: exported.url });
    } finally {
      process.env.TARO_ENV = 'h5';
    }
  });
});
