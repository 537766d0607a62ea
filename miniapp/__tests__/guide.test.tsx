import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import ContentDetail from '../src/pages/content/detail';
import { saveSession } from '../src/services/session';
import { answerOk, contentView, guide } from './fixtures';

const request = Taro.request as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;
const noRatings = { count: 0, byScore: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } };

beforeEach(() => {
  request.mockReset();
  Taro.clearStorageSync();
  useRouter.mockReturnValue({ params: { id: guide().id }, path: '/pages/content/detail' });
});

async function openGuide() {
  answerOk(contentView(guide(), { rating: noRatings }));
  const page = render(<ContentDetail />);
  await screen.findByText('简版指南');
  return page;
}

describe('a service guide', () => {
  test('shows the short version and the key figures first, the full guide a tap away', async () => {
    await openGuide();

    expect(
      screen.getByText('带身份证、照片和居住证明到派出所，10 个工作日内办结，免费。'),
    ).toBeTruthy();
    expect(screen.getByText('10 个工作日')).toBeTruthy();
    expect(screen.getByText('免费')).toBeTruthy();
    expect(screen.queryByText('申请条件')).toBeNull();

    fireEvent.click(
      screen.getByText('查看完整指南（申请条件、办理流程、时限、收费依据、常见问题）'),
    );

    expect(screen.getByText('申请条件')).toBeTruthy();
    expect(screen.getByText(/不计入时限的环节：制证时间不计入/)).toBeTruthy();
    expect(screen.getByText('可以代办吗？')).toBeTruthy();
  });

  test('ticks on the materials are kept on the phone and come back on the next visit', async () => {
    const first = await openGuide();
    fireEvent.click(screen.getByText('居民身份证'));
    fireEvent.click(screen.getByText('居住证明'));
    expect(screen.getByText('已准备 2/3 项')).toBeTruthy();
    first.unmount();

    await openGuide();

    expect(screen.getByText('已准备 2/3 项')).toBeTruthy();
    expect(document.querySelectorAll('.materials__item--checked')).toHaveLength(2);
  });

  test('calls, maps and copies with one tap', async () => {
    const call = jest
      .spyOn(Taro, 'makePhoneCall')
      .mockResolvedValue({ errMsg: 'makePhoneCall:ok' });
    const map = jest.spyOn(Taro, 'openLocation').mockResolvedValue({ errMsg: 'openLocation:ok' });
    await openGuide();

    fireEvent.click(screen.getByText('0355-6212345'));
    fireEvent.click(screen.getByText('查看地图'));
    fireEvent.click(screen.getByText('复制地址'));

    expect(call).toHaveBeenCalledWith({ phoneNumber: '0355-6212345' });
    expect(map).toHaveBeenCalledWith(
      expect.objectContaining({ latitude: 36.05, longitude: 113.05, name: '居住证办理' }),
    );
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: '长治市上党区政务服务中心一楼' });
  });

  test('says whether the hall is open now by its regular hours', async () => {
    jest.useFakeTimers({
      now: new Date('2026-11-23T01:30:00Z'),
      doNotFake: ['setTimeout', 'setInterval', 'queueMicrotask', 'nextTick', 'setImmediate'],
    }); // Monday 09:30 in China
    await openGuide();

    expect(screen.getByText('按常规时间，现在正在办公')).toBeTruthy();
    expect(screen.getByText('周一至周五 08:30–12:00、14:30–17:30')).toBeTruthy();
    jest.useRealTimers();
  });
});

describe('好差评', () => {
  test('a poor rating asks what was wrong before it is sent, then thanks', async () => {
    saveSession({ token: 't', expiresAt: Date.now() + 3600_000, user: { userId: 'u', roles: [] } });
    await openGuide();

    fireEvent.click(screen.getByText('不满意'));
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(screen.getByText('请选择哪里有问题，方便我们改正')).toBeTruthy();
    expect(request).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByText('材料不全或有误'));
    answerOk({ count: 1, average: 2, byScore: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 }, mine: 2 });
    await act(async () => fireEvent.click(screen.getByText('提交评价')));

    expect(await screen.findByText('感谢您的评价，我们会尽快核实并修改指南')).toBeTruthy();
    expect(screen.getByText('1 人评价，平均 2 分（满分 5 分）')).toBeTruthy();
    expect(request.mock.calls[1]?.[0]).toMatchObject({
      method: 'PUT',
      data: { score: 2, problems: ['missing_material'], reason: '' },
    });
  });
});
