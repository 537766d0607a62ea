import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Editor from '../../src/packages/staff/pages/editor/index';
import * as media from '../../src/services/media';
import * as staff from '../../src/services/staff';
import { draft, ITEM_ID, workflowItem } from './fixtures';
import { control, fieldBox, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/staff');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const getWorkflowItem = jest.mocked(staff.getWorkflowItem);
const updateDraft = jest.mocked(staff.updateDraft);
const URL = 'http://127.0.0.1:10086/media/media/01HTESTMED0000000000000001.png';

beforeEach(() => {
  jest.restoreAllMocks();
  jest.clearAllMocks();
  resetMocksOf(staff);
  useRouter.mockReturnValue({
    params: { id: ITEM_ID },
    path: '/packages/staff/pages/editor/index',
  });
  getWorkflowItem.mockResolvedValue(workflowItem({ status: 'draft', draft: draft() }));
  updateDraft.mockImplementation(async (_, sent) => workflowItem({ status: 'draft', draft: sent }));
});

describe('graphics of an interpretation', () => {
  test('an uploaded image must be described before the draft saves, then is sent with its description', async () => {
    jest
      .spyOn(media, 'chooseFile')
      .mockResolvedValue({ path: 'blob:chart', size: 2048, contentType: 'image/png' });
    const upload = jest.spyOn(media, 'uploadMedia').mockResolvedValue({ kind: 'image', url: URL });
    render(<Editor />);
    const button = await screen.findByText('＋ 上传图片');
    await act(async () => fireEvent.click(button));

    expect(upload).toHaveBeenCalledWith({
      path: 'blob:chart',
      size: 2048,
      contentType: 'image/png',
    });
    await act(async () => fireEvent.click(screen.getByText('保存草稿')));
    expect(within(fieldBox('media.0.alt')).getByText('请填写图片说明（替代文字）')).toBeTruthy();
    expect(updateDraft).not.toHaveBeenCalled();

    await typeInto(control('media.0.alt'), '办理流程：预约、取号、受理、领证');
    await act(async () => fireEvent.click(screen.getByText('保存草稿')));

    expect(updateDraft).toHaveBeenCalledWith(
      ITEM_ID,
      expect.objectContaining({
        media: [{ kind: 'image', url: URL, alt: '办理流程：预约、取号、受理、领证' }],
      }),
    );
  });

  test('says why the server refused a file, and adds nothing', async () => {
    jest
      .spyOn(media, 'chooseFile')
      .mockResolvedValue({ path: 'blob:x', size: 10, contentType: 'image/png' });
    jest.spyOn(media, 'uploadMedia').mockRejectedValue(
      Object.assign(new Error('请求参数有误'), {
        fields: [{ field: 'key', message: '文件内容不是有效的图片、音频或视频，请重新选择文件' }],
      }),
    );
    render(<Editor />);

    const button = await screen.findByText('＋ 上传图片');
    await act(async () => fireEvent.click(button));

    expect(screen.getByText('文件内容不是有效的图片、音频或视频，请重新选择文件')).toBeTruthy();
    expect(screen.getByText('图解与音视频（0）')).toBeTruthy();
  });
});
