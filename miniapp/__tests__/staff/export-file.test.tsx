import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ExportFileView } from '@sunshine/shared';
import { ExportedFilePanel, useExportFile } from '../../src/packages/staff/components/export-file';

const exported: ExportFileView = {
  url: 'https://media.example.cn/exports/abc.csv?X-Amz-Expires=600',
  fileName: '审计日志-2026-12.csv',
  expiresAt: '2026-12-07T10:10:00.000Z',
  bytes: 1200,
  rows: 12,
};

/** An export button and its panel, as every export page has them. */
function Exporter({ make }: { make: () => Promise<ExportFileView> }) {
  const { start, failure, file } = useExportFile();
  return (
    <>
      <button onClick={() => void start(make)}>导出</button>
      {failure && <span>{failure}</span>}
      {file && <ExportedFilePanel file={file} />}
    </>
  );
}

async function exportInWeChat() {
  render(<Exporter make={() => Promise.resolve(exported)} />);
  await act(async () => fireEvent.click(screen.getByText('导出')));
}

beforeEach(() => jest.clearAllMocks());

describe('exports in WeChat', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });
  afterEach(() => {
    process.env.TARO_ENV = 'h5';
  });

  test('a download WeChat refuses ({ errMsg }) reads in Chinese, never "[object Object]"', async () => {
    jest
      .mocked(Taro.downloadFile)
      .mockRejectedValueOnce({ errMsg: 'downloadFile:fail url not in domain list' });

    await exportInWeChat();

    expect(screen.getByText('文件下载失败：请确认下载域名已配置，或稍后重试')).toBeTruthy();
    expect(screen.queryByText('[object Object]')).toBeNull();
  });

  test('closing the chat picker (fail cancel) shows no error at all', async () => {
    jest
      .mocked(Taro.shareFileMessage)
      .mockRejectedValueOnce({ errMsg: 'shareFileMessage:fail cancel' });
    await exportInWeChat();

    await act(async () => fireEvent.click(screen.getByText('发送到聊天')));

    expect(Taro.shareFileMessage).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').querySelector('.export-file__error')).toBeNull();
  });

  test('a send that fails otherwise reads in Chinese', async () => {
    jest
      .mocked(Taro.shareFileMessage)
      .mockRejectedValueOnce({ errMsg: 'shareFileMessage:fail file not exist' });
    await exportInWeChat();

    await act(async () => fireEvent.click(screen.getByText('发送到聊天')));

    expect(screen.getByText('发送失败，请重试')).toBeTruthy();
  });

  test('says who can use the copied link, and for how long', async () => {
    await exportInWeChat();

    expect(screen.getByText('持有链接的任何人都可在 10 分钟内下载此文件')).toBeTruthy();
  });
});

describe('an expired link', () => {
  afterEach(() => jest.useRealTimers());

  test('重新下载 after expiresAt says to export again and does not open the old link', async () => {
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    jest.useFakeTimers({
      now: new Date('2026-12-07T10:00:00.000Z'),
      doNotFake: ['queueMicrotask'],
    });
    render(<Exporter make={() => Promise.resolve(exported)} />);
    await act(async () => fireEvent.click(screen.getByText('导出')));
    expect(click).toHaveBeenCalledTimes(1);

    jest.setSystemTime(new Date('2026-12-07T10:10:01.000Z'));
    await act(async () => fireEvent.click(screen.getByText('重新下载')));

    expect(click).toHaveBeenCalledTimes(1);
    expect(screen.getByText('链接已过期，请重新导出')).toBeTruthy();
    click.mockRestore();
  });
});

describe('a cut export', () => {
  test('says it stopped at the limit, and only then', async () => {
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { unmount } = render(
      <Exporter make={() => Promise.resolve({ ...exported, rows: 20000, truncated: true })} />,
    );
    await act(async () => fireEvent.click(screen.getByText('导出')));

    expect(screen.getByText('已达导出上限：仅导出前 20000 条，请按条件缩小范围')).toBeTruthy();
    unmount();

    render(<Exporter make={() => Promise.resolve(exported)} />);
    await act(async () => fireEvent.click(screen.getByText('导出')));
    expect(screen.queryByText(/已达导出上限/)).toBeNull();
    jest.restoreAllMocks();
  });
});
