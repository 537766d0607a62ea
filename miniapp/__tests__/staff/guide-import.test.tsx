import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import GuideImport from '../../src/packages/staff/pages/guide-import/index';
import * as browserFile from '../../src/packages/staff/pages/guide-import/browser-file';
import { ApiError } from '../../src/services/api-error';
import * as staff from '../../src/services/staff';
import { IMPORT_KEY, importJob } from './fixtures';
import { control, resetMocksOf, toggle } from './interact';

jest.mock('../../src/services/staff');
// The browser's file dialog cannot open in jsdom: the test says which file was chosen.
jest.mock('../../src/packages/staff/pages/guide-import/browser-file');

const pickBrowserFile = jest.mocked(browserFile.pickBrowserFile);
const createImportUpload = jest.mocked(staff.createImportUpload);
const startGuideImport = jest.mocked(staff.startGuideImport);
const continueGuideImport = jest.mocked(staff.continueGuideImport);
const exportGuides = jest.mocked(staff.exportGuides);
const UPLOAD = {
  key: IMPORT_KEY,
  upload: { url: 'http://storage.test/uploads', fields: { key: IMPORT_KEY, policy: 'POLICY' } },
};
const REJECTED = importJob({
  phase: 'rejected',
  progress: 1,
  rows: 3,
  invalid: 2,
  problems: [
    { line: 3, column: '申请材料', message: '第 1 条缺少份数' },
    { line: 4, message: '这一行的列数与表头不符' },
  ],
});

let uploadFile: jest.SpyInstance;
let release: jest.Mock;

/** The figure shown under a count's label (行数, 新建 …). */
const countOf = (label: string) =>
  screen
    .getByText(label, { selector: '.guide-import__count-label' })
    .closest('.guide-import__count')
    ?.querySelector('.guide-import__count-value')?.textContent;
/** A button by its text: some labels are also the name of a mode choice. */
const button = (text: string) => screen.getByText(text, { selector: 'taro-button-core' });

/** A promise the test settles when it wants to. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

beforeEach(() => {
  jest.restoreAllMocks();
  jest.clearAllMocks();
  resetMocksOf(staff, browserFile);
  release = jest.fn();
  pickBrowserFile.mockResolvedValue({
    path: 'blob:guides',
    name: '办事指南.CSV',
    size: 2048,
    release,
  });
  createImportUpload.mockResolvedValue(UPLOAD);
  uploadFile = jest
    .spyOn(Taro, 'uploadFile')
    .mockResolvedValue({ statusCode: 204, data: '', errMsg: 'uploadFile:ok' } as never);
});

describe('GuideImport', () => {
  test('a rejected import lists its problems by line and column, then imports only the valid rows of the same file', async () => {
    startGuideImport
      .mockResolvedValueOnce(importJob())
      .mockResolvedValueOnce(importJob({ id: 'job-2', mode: 'valid_only' }));
    continueGuideImport
      .mockResolvedValueOnce(REJECTED)
      .mockResolvedValueOnce(
        importJob({
          id: 'job-2',
          mode: 'valid_only',
          phase: 'writing',
          progress: 0.5,
          rows: 3,
          invalid: 2,
        }),
      )
      .mockResolvedValueOnce({
        ...REJECTED,
        id: 'job-2',
        mode: 'valid_only',
        phase: 'done',
        created: 1,
      });
    render(<GuideImport />);

    await act(async () => fireEvent.click(screen.getByText('选择文件并导入')));

    expect(await screen.findByText('第 3 行「申请材料」：第 1 条缺少份数')).toBeTruthy();
    expect(screen.getByText('第 4 行：这一行的列数与表头不符')).toBeTruthy();
    expect(screen.getByText('未导入：有错误')).toBeTruthy();
    expect(countOf('有误')).toBe('2');
    expect(pickBrowserFile).toHaveBeenCalledWith('.csv,.json');
    expect(createImportUpload).toHaveBeenCalledWith('csv', 2048);
    expect(uploadFile).toHaveBeenCalledWith(
      expect.objectContaining({
        url: UPLOAD.upload.url,
        filePath: 'blob:guides',
        name: 'file',
        formData: UPLOAD.upload.fields,
      }),
    );
    expect(release).toHaveBeenCalled();
    expect(startGuideImport).toHaveBeenCalledWith({ key: IMPORT_KEY, mode: 'all', submit: false });

    await act(async () => fireEvent.click(button('只导入有效的行')));

    expect(await screen.findByText('已完成')).toBeTruthy();
    expect(startGuideImport).toHaveBeenLastCalledWith({
      key: IMPORT_KEY,
      mode: 'valid_only',
      submit: false,
    });
    expect(createImportUpload).toHaveBeenCalledTimes(1);
    expect(uploadFile).toHaveBeenCalledTimes(1);
    expect(continueGuideImport.mock.calls).toEqual([['job-1'], ['job-2'], ['job-2']]);
    expect(countOf('新建')).toBe('1');
    expect(screen.getByText('第 3 行「申请材料」：第 1 条缺少份数')).toBeTruthy();
    expect(screen.queryByText('只导入有效的行', { selector: 'taro-button-core' })).toBeNull();
  });

  test('a successful import continues until done and shows what it did', async () => {
    startGuideImport.mockResolvedValue(importJob({ submit: true }));
    continueGuideImport
      .mockResolvedValueOnce(importJob({ submit: true, progress: 0.5 }))
      .mockResolvedValueOnce(importJob({ submit: true, phase: 'writing', progress: 0.2, rows: 12 }))
      .mockResolvedValueOnce(importJob({ submit: true, phase: 'writing', progress: 0.9, rows: 12 }))
      .mockResolvedValueOnce(
        importJob({
          submit: true,
          phase: 'done',
          progress: 1,
          rows: 12,
          created: 3,
          updated: 2,
          unchanged: 6,
          skipped: 1,
        }),
      );
    render(<GuideImport />);
    toggle(control('submit'), true);

    await act(async () => fireEvent.click(screen.getByText('选择文件并导入')));

    expect(await screen.findByText('导入结果')).toBeTruthy();
    expect(startGuideImport).toHaveBeenCalledWith({ key: IMPORT_KEY, mode: 'all', submit: true });
    expect(continueGuideImport).toHaveBeenCalledTimes(4);
    expect(['行数', '有误', '新建', '更新', '未改变', '跳过'].map(countOf)).toEqual([
      '12',
      '0',
      '3',
      '2',
      '6',
      '1',
    ]);
    expect(screen.getByText('新建和更新的指南已提交审核，审核通过后发布。')).toBeTruthy();
    expect(screen.getByText('跳过的 1 个指南正在审核或已排期发布，保持原样。')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  test('shows the upload, then the phase and percentage while checking', async () => {
    const upload = deferred<unknown>();
    const slice = deferred<ReturnType<typeof importJob>>();
    uploadFile.mockReturnValue(upload.promise);
    startGuideImport.mockResolvedValue(importJob({ progress: 0 }));
    continueGuideImport
      .mockResolvedValueOnce(importJob({ progress: 0.4 }))
      .mockReturnValueOnce(slice.promise);
    render(<GuideImport />);

    await act(async () => fireEvent.click(screen.getByText('选择文件并导入')));
    expect(screen.getByText('正在上传文件')).toBeTruthy();
    await act(async () => upload.resolve({ statusCode: 204, data: '' }));

    expect(await screen.findByText('正在检查 40%')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    await act(async () => slice.resolve(importJob({ phase: 'done', progress: 1 })));
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  test('imports only the valid rows from the start when chosen', async () => {
    startGuideImport.mockResolvedValue(importJob({ mode: 'valid_only' }));
    continueGuideImport.mockResolvedValue({
      ...REJECTED,
      mode: 'valid_only',
      phase: 'done',
      created: 1,
    });
    render(<GuideImport />);
    fireEvent.click(screen.getByText(/只导入有效的行/, { selector: '.guide-import__mode-label' }));

    await act(async () => fireEvent.click(screen.getByText('选择文件并导入')));

    expect(await screen.findByText('已完成')).toBeTruthy();
    expect(startGuideImport).toHaveBeenCalledWith({
      key: IMPORT_KEY,
      mode: 'valid_only',
      submit: false,
    });
    expect(screen.getByText('第 4 行：这一行的列数与表头不符')).toBeTruthy();
  });

  test('refuses a file that is neither CSV nor JSON without uploading it', async () => {
    pickBrowserFile.mockResolvedValue({
      path: 'blob:sheet',
      name: '目录.xlsx',
      size: 4096,
      release,
    });
    render(<GuideImport />);

    await act(async () => fireEvent.click(screen.getByText('选择文件并导入')));

    expect(
      screen.getByText('「目录.xlsx」不是 CSV 或 JSON 文件，请选择 .csv 或 .json 文件'),
    ).toBeTruthy();
    expect(createImportUpload).not.toHaveBeenCalled();
    expect(release).toHaveBeenCalled();
  });

  test('says why the server refused the file before uploading it', async () => {
    createImportUpload.mockRejectedValue(
      new ApiError('VALIDATION_FAILED', '请求参数有误，请检查后重试', 400, [
        { field: 'size', message: '文件不能超过 50 MB' },
      ]),
    );
    render(<GuideImport />);

    await act(async () => fireEvent.click(screen.getByText('选择文件并导入')));

    expect(await screen.findByText('文件不能超过 50 MB')).toBeTruthy();
    expect(uploadFile).not.toHaveBeenCalled();
    expect(startGuideImport).not.toHaveBeenCalled();
  });

  test('carries on with the same job after a failed call', async () => {
    startGuideImport.mockResolvedValue(importJob());
    continueGuideImport
      .mockRejectedValueOnce(new Error('网络连接失败，请检查网络后重试'))
      .mockResolvedValueOnce(importJob({ phase: 'done', progress: 1, rows: 1, unchanged: 1 }));
    render(<GuideImport />);
    await act(async () => fireEvent.click(screen.getByText('选择文件并导入')));
    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('继续导入')));

    expect(await screen.findByText('没有需要新建或更新的指南。')).toBeTruthy();
    expect(continueGuideImport.mock.calls).toEqual([['job-1'], ['job-1']]);
    expect(startGuideImport).toHaveBeenCalledTimes(1);
  });

  test('exports the catalogue as JSON: the browser downloads the link storage answers', async () => {
    const file = {
      url: 'https://media.example.cn/exports/x.json?X-Amz-Expires=600',
      fileName: '办事指南-2026-12-07.json',
      expiresAt: '2026-12-07T10:10:00.000Z',
      bytes: 31_000_000,
      rows: 10_000,
    };
    exportGuides.mockResolvedValue(file);
    const hrefs: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      hrefs.push(this.href);
    });
    render(<GuideImport />);

    await act(async () => fireEvent.click(button('导出 JSON')));

    expect(exportGuides).toHaveBeenCalledWith('json');
    expect(hrefs).toEqual([file.url]);
    expect(
      await screen.findByText('10000 行 · 29.6 MB · 链接 2026-12-07 18:10 前有效'),
    ).toBeTruthy();
    click.mockRestore();
  });
});
