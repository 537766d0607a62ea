import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { WITHHOLDING_GROUND_RULES, WITHHOLDING_GROUNDS } from '@sunshine/shared';
import Interact from '../src/pages/interact/index';
import NegativeList from '../src/pages/negative-list/index';
import { answerError, answerOk, requestedUrls } from './fixtures';

const request = Taro.request as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;

beforeEach(() => {
  request.mockReset();
  (Taro.navigateTo as jest.Mock).mockClear();
  useRouter.mockReturnValue({ params: {}, path: '/' });
});

const grounds = (counts: Partial<Record<string, number>> = {}) =>
  WITHHOLDING_GROUNDS.map((ground) => ({
    ground,
    ...WITHHOLDING_GROUND_RULES[ground],
    count: counts[ground] ?? 0,
  }));

describe('负面清单', () => {
  test('lists the eight grounds in order, each with its basis and count, from one request', async () => {
    answerOk({
      grounds: grounds({ internal_affairs: 3, third_party: 1 }),
      lastReviewedOn: '2026-03-01',
      nextReviewDueOn: '2027-03-01',
    });

    render(<NegativeList />);

    expect(await screen.findByText('1. 属于国家秘密')).toBeTruthy();
    expect(screen.getByText('8. 属于行政查询事项')).toBeTruthy();
    expect(screen.getByText('5. 属于三类内部事务信息').parentElement?.textContent).toBe(
      '5. 属于三类内部事务信息3 件',
    );
    expect(screen.getAllByText('依据：《中华人民共和国政府信息公开条例》第十四条')).toHaveLength(3);
    expect(screen.getByText('最近一次复核：2026-03-01')).toBeTruthy();
    expect(screen.getByText('下次复核：2027-03-01 前')).toBeTruthy();
    expect(requestedUrls()).toEqual(['http://api.test/v1/negative-list']);
  });

  test('says when no review was recorded yet, and leads to the application form', async () => {
    answerOk({ grounds: grounds() });
    render(<NegativeList />);

    expect(await screen.findByText('本清单尚未进行年度复核')).toBeTruthy();
    expect(screen.queryByText(/下次复核/)).toBeNull();
    fireEvent.click(screen.getByText('申请政府信息公开'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/apply/index' });
  });

  test('offers a retry when the list cannot be loaded', async () => {
    answerError(503, 'SERVICE_UNAVAILABLE', '服务暂时不可用');
    render(<NegativeList />);

    expect(await screen.findByText('加载失败')).toBeTruthy();
    expect(screen.getByText('重新加载')).toBeTruthy();
  });

  test('is linked from the 互动 tab, beside applying and the disclosure guide', async () => {
    answerOk({ items: [] });
    render(<Interact />);

    fireEvent.click(await screen.findByText('负面清单'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/negative-list/index' });
  });
});
