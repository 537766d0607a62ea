import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StaffConsultation from '../../src/packages/staff/pages/consultation/index';
import * as consultations from '../../src/services/consultations';
import * as content from '../../src/services/content';
import { resetMocksOf } from './interact';

jest.mock('../../src/services/consultations');
jest.mock('../../src/services/content');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const ID = '01HTESTC0NSULTATI0N0000001';
const exported = {
  url: 'https://media.example.cn/exports/c.csv?X-Amz-Expires=600',
  fileName: '征求意见-关于调整户籍窗口时间的通告-2026-12-07.csv',
  expiresAt: '2026-12-07T10:10:00.000Z',
  bytes: 3_000,
  rows: 2,
};

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(consultations);
  resetMocksOf(content);
  useRouter.mockReturnValue({
    params: { id: ID },
    path: '/packages/staff/pages/consultation/index',
  });
  jest.mocked(content.getContent).mockResolvedValue({
    item: { title: '关于调整户籍窗口时间的通告' },
    consultation: { phase: 'open', received: 2, published: 1 },
  } as never);
  jest.mocked(consultations.listConsultationComments).mockResolvedValue({ items: [] });
});

afterAll(() => useRouter.mockReturnValue({ params: {}, path: '/pages/index/index' }));

test("exports the consultation's comments through the export button, downloaded in the browser", async () => {
  jest.mocked(consultations.exportConsultationComments).mockResolvedValue(exported);
  const hrefs: string[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    hrefs.push(this.href);
  });
  await act(async () => void render(<StaffConsultation />));

  await act(async () => fireEvent.click(screen.getByText('导出全部意见（CSV）')));

  expect(consultations.exportConsultationComments).toHaveBeenCalledWith(ID);
  expect(hrefs).toEqual([exported.url]);
  expect(await screen.findByText(exported.fileName)).toBeTruthy();
  click.mockRestore();
});

test('a failed export says why, in the page', async () => {
  jest
    .mocked(consultations.exportConsultationComments)
    .mockRejectedValue(new Error('网络连接失败，请检查网络后重试'));
  await act(async () => void render(<StaffConsultation />));

  await act(async () => fireEvent.click(screen.getByText('导出全部意见（CSV）')));

  expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
});
