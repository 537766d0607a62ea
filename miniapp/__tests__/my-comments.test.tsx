import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { MyComment, PublishedConsultation } from '@sunshine/shared';
import { ConsultationPanel } from '../src/components/consultation/consultation-panel';
import MyComments from '../src/pages/my-comments/index';
import Mine from '../src/pages/mine/index';
import { detailUrl, MY_COMMENTS_URL } from '../src/page-urls';
import { clearSession, saveSession } from '../src/services/session';
import { answerError, answerOk, requestedUrls } from './fixtures';
import { byPlaceholder, typeInto } from './staff/interact';

const request = Taro.request as unknown as jest.Mock;
const navigateTo = Taro.navigateTo as jest.Mock;

const CONSULTATION = '01HTEST0000000000000000C01';
const comment = (overrides: Partial<MyComment>): MyComment => ({
  id: '01HTEST0000000000000000M01',
  consultationId: CONSULTATION,
  consultationTitle: '关于户籍业务一窗通办的措施（征求意见稿）',
  text: '建议周六上午也开放窗口。',
  at: '2026-11-25T02:00:00.000Z',
  status: 'pending',
  ...overrides,
});

beforeEach(() => {
  request.mockReset();
  navigateTo.mockClear();
  Taro.clearStorageSync();
  saveSession({ token: 't', expiresAt: Date.now() + 3600_000, user: { userId: 'u', roles: [] } });
});

describe('我的意见', () => {
  test('each comment with its draft, its status, why it was not shown, and the decision once made', async () => {
    answerOk([
      comment({ id: '01HTEST0000000000000000M03', text: '新的意见。', status: 'pending' }),
      comment({
        id: '01HTEST0000000000000000M02',
        text: '与草案无关的内容。',
        status: 'rejected',
        reason: '与本草案无关',
      }),
      comment({
        id: '01HTEST0000000000000000M01',
        status: 'approved',
        decision: { decision: 'partly', reason: '周六上午开放一个窗口' },
      }),
    ]);

    render(<MyComments />);

    const texts = (await screen.findAllByText(/。$/)).map((node) => node.textContent);
    expect(texts).toEqual(['新的意见。', '与草案无关的内容。', '建议周六上午也开放窗口。']);
    expect(screen.getByText('待审核')).toBeTruthy();
    expect(screen.getByText('未公开')).toBeTruthy();
    expect(screen.getByText('未公开的理由：与本草案无关')).toBeTruthy();
    expect(screen.getByText('已公开')).toBeTruthy();
    expect(screen.getByText('采纳情况：部分采纳')).toBeTruthy();
    expect(screen.getByText('周六上午开放一个窗口')).toBeTruthy();
    expect(screen.getAllByText('采纳情况：', { exact: false })).toHaveLength(1);
    expect(screen.getAllByText('2026-11-25 提交')).toHaveLength(2);
    expect(screen.getAllByText('2026-11-25 公开')).toHaveLength(1);
    expect(requestedUrls()).toEqual(['http://api.test/v1/me/comments']);
  });

  test("a comment's draft opens from its title", async () => {
    answerOk([comment({})]);
    render(<MyComments />);

    fireEvent.click(await screen.findByText('关于户籍业务一窗通办的措施（征求意见稿）'));

    expect(navigateTo).toHaveBeenCalledWith({ url: detailUrl(CONSULTATION) });
  });

  test('a comment stored before titles were kept still links to its draft', async () => {
    answerOk([comment({ consultationTitle: undefined })]);
    render(<MyComments />);

    fireEvent.click(await screen.findByText('查看征求意见稿'));

    expect(navigateTo).toHaveBeenCalledWith({ url: detailUrl(CONSULTATION) });
  });

  test('says so when there are none', async () => {
    answerOk([]);

    render(<MyComments />);

    expect(await screen.findByText('您还没有对征求意见稿提出意见')).toBeTruthy();
  });

  test('asks a resident who is not signed in to sign in first', async () => {
    clearSession();
    answerError(401, 'UNAUTHENTICATED', '请先登录');

    render(<MyComments />);

    expect(await screen.findByText('请先登录后查看我的意见')).toBeTruthy();
  });
});

describe('the ways to 我的意见', () => {
  test('the 我的 tab offers it beside one’s questions and applications', async () => {
    render(<Mine />);

    fireEvent.click(await screen.findByText('我的意见'));

    expect(navigateTo).toHaveBeenCalledWith({ url: MY_COMMENTS_URL });
  });

  test('the consultation, once one has commented, points to where its review and decision will show', async () => {
    const consultation: PublishedConsultation = {
      kind: 'consultation',
      id: CONSULTATION,
      title: '关于户籍业务一窗通办的措施（征求意见稿）',
      summary: '现公开征求意见。',
      category: 'decision',
      office: 'population',
      topic: 'household',
      body: '第一条 ……',
      basis: '依据……',
      feedbackUse: '逐条研究。',
      opensOn: '2026-11-20',
      closesOn: '2026-12-31',
      sections: [],
      questions: [],
      attachments: [],
      publishedAt: '2026-11-20T02:00:00.000Z',
      updatedAt: '2026-11-20T02:00:00.000Z',
      demo: false,
    };
    request.mockImplementation(({ method }: { method?: string }) =>
      Promise.resolve({
        statusCode: 200,
        data: {
          ok: true,
          data:
            method === 'POST'
              ? { ...comment({}), answersCounted: true }
              : { items: [], templates: [] },
        },
      }),
    );
    render(
      <ConsultationPanel
        consultation={consultation}
        status={{ phase: 'open', received: 0, published: 0 }}
      />,
    );
    expect(screen.queryByText(/我的意见/)).toBeNull();

    await typeInto(byPlaceholder('请写明您的意见和理由'), '建议周六上午也开放窗口。');
    fireEvent.click(screen.getByText(/我已阅读并同意/));
    await act(async () => fireEvent.click(screen.getByText('提交意见')));
    fireEvent.click(await screen.findByText('在「我的意见」中查看审核和采纳情况'));

    expect(navigateTo).toHaveBeenCalledWith({ url: MY_COMMENTS_URL });
  });
});
