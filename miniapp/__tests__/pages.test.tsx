import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Home from '../src/pages/index/index';
import { HOME_LATEST_PATH } from '../src/pages/index/first-read';
import Catalogue from '../src/pages/catalogue/index';
import ContentDetail from '../src/pages/content/detail';
import { forgetBureau } from '../src/services/bureau';
import {
  answerError,
  answerOk,
  contentView,
  failNetwork,
  interpretation,
  policyDocument,
  requestedUrls,
  summary,
} from './fixtures';

// The 重大关切 banner reads after the first screen (concern-banner.test.tsx): kept out of these
// pages' own request sequences.
jest.mock('../src/services/concerns', () => ({
  listOpenMajorConcerns: jest.fn(() => Promise.resolve([])),
}));

const request = Taro.request as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;

beforeEach(() => {
  request.mockReset();
  forgetBureau();
  (Taro.navigateTo as jest.Mock).mockClear();
  useRouter.mockReturnValue({ params: {}, path: '/' });
});

describe('Home', () => {
  test('shows the five categories and the latest interpretations from one API call', async () => {
    answerOk({ items: [summary(1, { demo: true }), summary(2)] });

    render(<Home />);

    expect(await screen.findByText('政策解读标题 1')).toBeTruthy();
    for (const label of ['决策公开', '执行公开', '管理公开', '服务公开', '结果公开'])
      expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    expect(screen.getByText('演示数据')).toBeTruthy();
    expect(requestedUrls()).toEqual(['http://api.test/v1/content?kind=interpretation&limit=5']);
    // The H5 page preloads this address: a different one would be a second request.
    expect(requestedUrls()).toEqual([`http://api.test${HOME_LATEST_PATH}`]);
  });

  test('opens the detail page when an interpretation is tapped', async () => {
    answerOk({ items: [summary(7)] });
    render(<Home />);

    fireEvent.click(await screen.findByText('政策解读标题 7'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/content/detail?id=${summary(7).id}`,
    });
  });

  test('offers a retry after a network failure, and the retry loads the list', async () => {
    failNetwork();
    render(<Home />);

    expect(await screen.findByText('网络连接失败，请检查网络后重试')).toBeTruthy();
    answerOk({ items: [summary(3)] });
    fireEvent.click(screen.getByText('重新加载'));

    expect(await screen.findByText('政策解读标题 3')).toBeTruthy();
  });

  test('opens the library at each of its four kinds', async () => {
    answerOk({ items: [] });
    render(<Home />);

    fireEvent.click(await screen.findByText('政策文件'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/catalogue/index?kind=document' });
  });

  test('opens the guides as the 办事 tab, by switchTab', async () => {
    answerOk({ items: [] });
    render(<Home />);

    fireEvent.click(await screen.findByText('办事指南'));

    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/services/index' });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  test('keeps to reading: asking, applying, one’s own lists and the staff entrance are on the tabs', async () => {
    answerOk({ items: [summary(1)] });
    render(<Home />);
    await screen.findByText('政策解读标题 1');

    for (const entry of [
      '我要留言',
      '我的留言',
      '申请信息公开',
      '我的申请',
      '我的意见',
      '我的订阅',
      '工作人员入口',
    ])
      expect(screen.queryByText(entry)).toBeNull();
  });

  test('says so when nothing is published yet', async () => {
    answerOk({ items: [] });

    render(<Home />);

    expect(await screen.findByText('暂无已发布的政策解读')).toBeTruthy();
  });
});

describe('Catalogue', () => {
  test('loads the category from the route and the next page on demand', async () => {
    useRouter.mockReturnValue({ params: { category: 'decision' }, path: '/pages/catalogue/index' });
    answerOk({ items: [summary(1)], nextCursor: 'CURSOR1' });
    render(<Catalogue />);
    await screen.findByText('政策解读标题 1');

    answerOk({ items: [summary(2)] });
    await act(async () => fireEvent.click(screen.getByText('加载更多')));

    expect(await screen.findByText('政策解读标题 2')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
    expect(requestedUrls()).toEqual([
      'http://api.test/v1/content?kind=interpretation&category=decision&limit=20',
      'http://api.test/v1/content?kind=interpretation&category=decision&cursor=CURSOR1&limit=20',
    ]);
  });

  test('switches category from the tabs', async () => {
    answerOk({ items: [summary(1)] });
    render(<Catalogue />);
    await screen.findByText('政策解读标题 1');

    answerOk({ items: [] });
    await act(async () => fireEvent.click(screen.getByText('结果公开')));

    expect(await screen.findByText('「结果公开」暂无已发布的政策解读')).toBeTruthy();
    expect(requestedUrls()[1]).toBe(
      'http://api.test/v1/content?kind=interpretation&category=result&limit=20',
    );
  });

  test("browses documents by office, showing each one's validity", async () => {
    useRouter.mockReturnValue({
      params: { kind: 'document', office: 'traffic' },
      path: '/pages/catalogue/index',
    });
    answerOk({
      items: [
        summary(4, {
          kind: 'document',
          title: '电动自行车通告',
          validity: 'repealed',
          format: undefined,
          indexNumber: '11341702486344515H/2023-00004',
        }),
      ],
    });

    render(<Catalogue />);

    expect(await screen.findByText('电动自行车通告')).toBeTruthy();
    expect(screen.getByText('已废止')).toBeTruthy();
    expect(screen.getByText('索引号 11341702486344515H/2023-00004')).toBeTruthy();
    // The list first; then the bureau's offices for the 按科室 chips.
    expect(requestedUrls()).toEqual([
      'http://api.test/v1/content?kind=document&office=traffic&limit=20',
      'http://api.test/v1/bureau',
    ]);
  });

  test('switching kind keeps the facet value chosen', async () => {
    useRouter.mockReturnValue({
      params: { kind: 'document', topic: 'traffic' },
      path: '/pages/catalogue/index',
    });
    answerOk({ items: [] });
    answerOk([{ key: 'traffic', label: '交通管理', custom: false }]); // the topics, asked for by the topic chips
    render(<Catalogue />);
    await screen.findByText('「交通管理」暂无已发布的政策文件');

    answerOk({ items: [] });
    await act(async () => fireEvent.click(screen.getByText('政策问答')));

    expect(requestedUrls()[1]).toBe('http://api.test/v1/topics');
    expect(requestedUrls()[2]).toBe('http://api.test/v1/content?kind=qa&topic=traffic&limit=20');
  });

  test('keeps loaded items and offers a retry when the next page fails', async () => {
    answerOk({ items: [summary(1)], nextCursor: 'C' });
    render(<Catalogue />);
    await screen.findByText('政策解读标题 1');

    failNetwork();
    await act(async () => fireEvent.click(screen.getByText('加载更多')));

    expect(screen.getByText('政策解读标题 1')).toBeTruthy();
    expect(await screen.findByText('重试')).toBeTruthy();
  });
});

describe('ContentDetail', () => {
  test('shows the document, the four sections and expandable Q&A', async () => {
    useRouter.mockReturnValue({ params: { id: summary(1).id }, path: '/pages/content/detail' });
    answerOk(contentView(interpretation()));
    render(<ContentDetail />);

    expect(await screen.findByText('贯彻落实政务公开工作考核方案')).toBeTruthy();
    for (const label of ['出台背景', '重点内容', '特色亮点', '落实措施'])
      expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    expect(screen.getByText('背景第二段')).toBeTruthy();
    expect(screen.queryByText('最迟5小时内。')).toBeNull();

    fireEvent.click(screen.getByText('多久发布权威信息？'));

    expect(screen.getByText('最迟5小时内。')).toBeTruthy();
  });

  test('shares the interpretation with its own title and page', async () => {
    useRouter.mockReturnValue({ params: { id: summary(1).id }, path: '/pages/content/detail' });
    answerOk(contentView(interpretation()));
    render(<ContentDetail />);
    await screen.findByText('贯彻落实政务公开工作考核方案');

    const share = (Taro.useShareAppMessage as jest.Mock).mock.lastCall[0];

    expect(share()).toEqual({
      title: '政策解读标题 1',
      path: `/pages/content/detail?id=${summary(1).id}`,
    });
  });

  test('says the interpretation is gone when the API answers 404', async () => {
    useRouter.mockReturnValue({ params: { id: 'gone' }, path: '/pages/content/detail' });
    answerError(404, 'NOT_FOUND', '该内容不存在或未公开');

    render(<ContentDetail />);

    expect(await screen.findByText('该内容不存在或未公开')).toBeTruthy();
  });

  test('an interpretation shows the library document it explains, with its validity today', async () => {
    useRouter.mockReturnValue({ params: { id: summary(1).id }, path: '/pages/content/detail' });
    const document = policyDocument({ title: '已被废止的原文件', validity: 'repealed' });
    answerOk(
      contentView(interpretation(), {
        documents: [
          {
            ...summary(9, {
              kind: 'document',
              title: document.title,
              validity: 'repealed',
              format: undefined,
            }),
            id: document.id,
            kind: 'document',
          },
        ],
      }),
    );
    render(<ContentDetail />);

    fireEvent.click(await screen.findByText('已被废止的原文件'));

    expect(screen.getByText('已废止')).toBeTruthy();
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/content/detail?id=${document.id}`,
    });
  });

  test('a withdrawn document is shown only as withdrawn: no title, no validity, not tappable', async () => {
    useRouter.mockReturnValue({ params: { id: summary(1).id }, path: '/pages/content/detail' });
    const withdrawnId = policyDocument().id;
    answerOk(contentView(interpretation(), { documents: [{ id: withdrawnId, withdrawn: true }] }));
    render(<ContentDetail />);

    fireEvent.click(await screen.findByText('该文件已撤回，不再公开'));

    expect(screen.queryByText('现行有效')).toBeNull();
    expect(screen.queryByText('undefined')).toBeNull();
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  test('a document shows its particulars, full text and the interpretations of it', async () => {
    useRouter.mockReturnValue({
      params: { id: policyDocument().id },
      path: '/pages/content/detail',
    });
    answerOk(contentView(policyDocument(), { related: [summary(5, { title: '这份文件的解读' })] }));

    render(<ContentDetail />);

    expect(await screen.findByText('二、推进政务阳光透明')).toBeTruthy();
    expect(screen.getByText('上公发〔2023〕12号')).toBeTruthy();
    expect(screen.getByText('现行有效')).toBeTruthy();
    expect(screen.getByText('相关解读与问答（1）')).toBeTruthy();
    expect(screen.getByText('这份文件的解读')).toBeTruthy();
  });

  test('the header gives the 索引号 with the date of making, then the date of publication', async () => {
    const document = policyDocument({ indexNumber: '11341702486344515H/2023-00012' });
    useRouter.mockReturnValue({ params: { id: document.id }, path: '/pages/content/detail' });
    answerOk(contentView(document));

    render(<ContentDetail />);

    // Set apart by an ideographic space, which the matcher reads as one space.
    expect(
      await screen.findByText('索引号：11341702486344515H/2023-00012 成文日期：2023-05-08'),
    ).toBeTruthy();
    expect(screen.getByText('发布日期：2023-05-10')).toBeTruthy();
  });

  test('an item without a date of making gives its 索引号 alone', async () => {
    const item = interpretation({ indexNumber: '11341702486344515H/2023-00013' });
    useRouter.mockReturnValue({ params: { id: item.id }, path: '/pages/content/detail' });
    answerOk(contentView(item));

    render(<ContentDetail />);

    expect(await screen.findByText('索引号：11341702486344515H/2023-00013')).toBeTruthy();
  });
});
