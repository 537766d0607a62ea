import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Ask from '../src/pages/ask/index';
import MyQuestions from '../src/pages/my-questions/index';
import { saveSession } from '../src/services/session';
import { answerOk, failNetwork } from './fixtures';
import { byPlaceholder, typeInto } from './staff/interact';

const request = Taro.request as unknown as jest.Mock;
const sent = () =>
  request.mock.calls.map(
    ([options]) => options as { url: string; method?: string; data?: Record<string, unknown> },
  );
const question = {
  id: '01HTEST0000000000000000Q01',
  kind: 'general',
  text: '居住证过期了怎么续签？',
  status: 'pending',
  askedAt: '2026-11-23T02:00:00.000Z',
  dueAt: '2026-11-30T15:59:59.000Z',
};

beforeEach(() => {
  request.mockReset();
  Taro.clearStorageSync();
  saveSession({ token: 't', expiresAt: Date.now() + 3600_000, user: { userId: 'u', roles: [] } });
});

describe('asking staff a question', () => {
  test('while typing, the Q&A that may answer it are suggested', async () => {
    answerOk({
      hits: [
        {
          type: 'qa',
          id: '01HTEST0000000000000000002',
          title: '居住证到期怎么办？',
          category: 'service',
          snippet: '到期前 30 日内申请签注',
          snippetHighlights: [],
          titleHighlights: [],
        },
      ],
    });
    render(<Ask />);

    await typeInto(
      byPlaceholder('请写明您想了解或反映的事情，如：居住证过期了怎么续签？'),
      '居住证过期了怎么办',
    );

    expect(
      await screen.findByText('这些问答也许能解答您的问题', {}, { timeout: 2000 }),
    ).toBeTruthy();
    expect(sent()[0]!.url).toContain('type=qa');
  });

  test('asks for consent first; a retry after a lost answer carries the same key', async () => {
    request.mockImplementation(() =>
      Promise.resolve({ statusCode: 200, data: { ok: true, data: { hits: [] } } }),
    ); // suggestions
    render(<Ask />);
    await typeInto(
      byPlaceholder('请写明您想了解或反映的事情，如：居住证过期了怎么续签？'),
      '居住证过期了怎么续签？',
    );

    await act(async () => fireEvent.click(screen.getByText('提交留言')));
    expect(screen.getByText('请阅读并同意隐私说明后提交')).toBeTruthy();
    expect(sent().some((options) => options.url.endsWith('/v1/questions'))).toBe(false);

    fireEvent.click(screen.getByText(/我已阅读并同意/));
    request.mockReset();
    failNetwork();
    await act(async () => fireEvent.click(screen.getByText('提交留言')));
    answerOk(question);
    await act(async () => fireEvent.click(screen.getByText('提交留言')));

    const asks = sent().filter((options) => options.url.endsWith('/v1/questions'));
    expect(asks).toHaveLength(2);
    expect(asks[0]!.data).toMatchObject({
      kind: 'general',
      text: '居住证过期了怎么续签？',
      consent: true,
    });
    expect(asks[1]!.data!.clientKey).toBe(asks[0]!.data!.clientKey);
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/pages/my-questions/index' });
  });

  test('shows a refusal under the question', async () => {
    request.mockImplementation(() =>
      Promise.resolve({ statusCode: 200, data: { ok: true, data: { hits: [] } } }),
    );
    render(<Ask />);
    await typeInto(
      byPlaceholder('请写明您想了解或反映的事情，如：居住证过期了怎么续签？'),
      '这里有不适宜的内容',
    );
    fireEvent.click(screen.getByText(/我已阅读并同意/));
    request.mockReset();
    request.mockImplementationOnce(() =>
      Promise.resolve({
        statusCode: 400,
        data: {
          ok: false,
          error: {
            code: 'VALIDATION_FAILED',
            message: '请求参数有误',
            fields: [{ field: 'text', message: '内容含有不适宜的信息，请修改后再提交' }],
          },
        },
      }),
    );

    await act(async () => fireEvent.click(screen.getByText('提交留言')));

    expect(screen.getByText('内容含有不适宜的信息，请修改后再提交')).toBeTruthy();
  });
});

describe('my questions', () => {
  test('lists each question with its deadline, and the answer once given', async () => {
    answerOk([
      {
        ...question,
        status: 'answered',
        answer: { text: '到期前到派出所签注即可。', at: '2026-11-24T02:00:00.000Z' },
      },
      { ...question, id: '01HTEST0000000000000000Q02', text: '第二个问题' },
    ]);

    render(<MyQuestions />);

    expect(await screen.findByText('到期前到派出所签注即可。')).toBeTruthy();
    expect(screen.getByText('已答复')).toBeTruthy();
    expect(screen.getByText('2026-11-23 提交 · 2026-11-30 前答复')).toBeTruthy();
  });

  test('the asker rates an answer; a poor rating asks what was wrong; the rating then shows with a way to change it', async () => {
    const answered = {
      ...question,
      status: 'answered',
      answer: { text: '到期前到派出所签注即可。', at: '2026-11-24T02:00:00.000Z' },
    };
    answerOk([answered]);
    render(<MyQuestions />);
    await screen.findByText('评价这条答复');

    fireEvent.click(screen.getByText('不满意'));
    await act(async () => fireEvent.click(screen.getByText('提交评价')));
    expect(screen.getByText('请选择答复哪里有问题，方便我们改进')).toBeTruthy();

    answerOk({
      ...answered,
      rating: { score: 2, problems: ['unclear'], reason: '', at: '2026-11-25T02:00:00.000Z' },
    });
    fireEvent.click(screen.getByText('答复说得不清楚'));
    await act(async () => fireEvent.click(screen.getByText('提交评价')));

    const rating = sent().at(-1)!;
    expect(rating.url).toContain(`/v1/questions/${question.id}/rating`);
    expect(rating.method).toBe('PUT');
    expect(rating.data).toEqual({ score: 2, problems: ['unclear'], reason: '' });
    expect(screen.getByText('您的评价：不满意')).toBeTruthy();
    expect(screen.getByText('修改评价')).toBeTruthy();
  });

  test('says so when there is none', async () => {
    answerOk([]);

    render(<MyQuestions />);

    expect(await screen.findByText('您还没有留言')).toBeTruthy();
  });
});
