import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Home from '../src/pages/index/index';
import InterpretationDetail from '../src/pages/interpretations/detail';
import InterpretationList from '../src/pages/interpretations/list';
import { answerError, answerOk, failNetwork, interpretation, requestedUrls, summary } from './fixtures';

const request = Taro.request as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;

beforeEach(() => {
  request.mockReset();
  (Taro.navigateTo as jest.Mock).mockClear();
  useRouter.mockReturnValue({ params: {}, path: '/' });
});

describe('Home', () => {
  test('shows the five categories and the latest interpretations from one API call', async () => {
    answerOk({ items: [summary(1, { demo: true }), summary(2)] });

    render(<Home />);

    expect(await screen.findByText('政策解读标题 1')).toBeTruthy();
    for (const label of ['决策公开', '执行公开', '管理公开', '服务公开', '结果公开']) expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    expect(screen.getByText('演示数据')).toBeTruthy();
    expect(requestedUrls()).toEqual(['http://api.test/v1/interpretations?limit=5']);
  });

  test('opens the detail page when an interpretation is tapped', async () => {
    answerOk({ items: [summary(7)] });
    render(<Home />);

    fireEvent.click(await screen.findByText('政策解读标题 7'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/pages/interpretations/detail?id=${summary(7).id}` });
  });

  test('offers a retry after a network failure, and the retry loads the list', async () => {
    failNetwork();
    render(<Home />);

    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
    answerOk({ items: [summary(3)] });
    fireEvent.click(screen.getByText('重新加载'));

    expect(await screen.findByText('政策解读标题 3')).toBeTruthy();
  });

  test('offers staff a discreet way into their subpackage', async () => {
    answerOk({ items: [] });
    render(<Home />);

    fireEvent.click(await screen.findByText('工作人员入口'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/home/index' });
  });

  test('says so when nothing is published yet', async () => {
    answerOk({ items: [] });

    render(<Home />);

    expect(await screen.findByText('暂无已发布的政策解读')).toBeTruthy();
  });
});

describe('InterpretationList', () => {
  test('loads the category from the route and the next page on demand', async () => {
    useRouter.mockReturnValue({ params: { category: 'decision' }, path: '/pages/interpretations/list' });
    answerOk({ items: [summary(1)], nextCursor: 'CURSOR1' });
    render(<InterpretationList />);
    await screen.findByText('政策解读标题 1');

    answerOk({ items: [summary(2)] });
    await act(async () => fireEvent.click(screen.getByText('加载更多')));

    expect(await screen.findByText('政策解读标题 2')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
    expect(requestedUrls()).toEqual([
      'http://api.test/v1/interpretations?category=decision&limit=10',
      'http://api.test/v1/interpretations?category=decision&cursor=CURSOR1&limit=10',
    ]);
  });

  test('switches category from the tabs', async () => {
    answerOk({ items: [summary(1)] });
    render(<InterpretationList />);
    await screen.findByText('政策解读标题 1');

    answerOk({ items: [] });
    await act(async () => fireEvent.click(screen.getByText('结果公开')));

    expect(await screen.findByText('「结果公开」暂无政策解读')).toBeTruthy();
    expect(requestedUrls()[1]).toBe('http://api.test/v1/interpretations?category=result&limit=10');
  });

  test('keeps loaded items and offers a retry when the next page fails', async () => {
    answerOk({ items: [summary(1)], nextCursor: 'C' });
    render(<InterpretationList />);
    await screen.findByText('政策解读标题 1');

    failNetwork();
    await act(async () => fireEvent.click(screen.getByText('加载更多')));

    expect(screen.getByText('政策解读标题 1')).toBeTruthy();
    expect(await screen.findByText('重试')).toBeTruthy();
  });
});

describe('InterpretationDetail', () => {
  test('shows the document, the four sections and expandable Q&A', async () => {
    useRouter.mockReturnValue({ params: { id: summary(1).id }, path: '/pages/interpretations/detail' });
    answerOk(interpretation());
    render(<InterpretationDetail />);

    expect(await screen.findByText('贯彻落实政务公开工作考核方案')).toBeTruthy();
    for (const label of ['出台背景', '重点内容', '特色亮点', '落实措施']) expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    expect(screen.getByText('背景第二段')).toBeTruthy();
    expect(screen.queryByText('最迟5小时内。')).toBeNull();

    fireEvent.click(screen.getByText('多久发布权威信息？'));

    expect(screen.getByText('最迟5小时内。')).toBeTruthy();
  });

  test('shares the interpretation with its own title and page', async () => {
    useRouter.mockReturnValue({ params: { id: summary(1).id }, path: '/pages/interpretations/detail' });
    answerOk(interpretation());
    render(<InterpretationDetail />);
    await screen.findByText('贯彻落实政务公开工作考核方案');

    const share = (Taro.useShareAppMessage as jest.Mock).mock.lastCall[0];

    expect(share()).toEqual({ title: '政策解读标题 1', path: `/pages/interpretations/detail?id=${summary(1).id}` });
  });

  test('says the interpretation is gone when the API answers 404', async () => {
    useRouter.mockReturnValue({ params: { id: 'gone' }, path: '/pages/interpretations/detail' });
    answerError(404, 'NOT_FOUND', '该政策解读不存在或已撤回');

    render(<InterpretationDetail />);

    expect(await screen.findByText('该政策解读不存在或已撤回')).toBeTruthy();
  });
});
