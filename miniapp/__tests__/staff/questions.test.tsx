import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StaffHome from '../../src/packages/staff/pages/home/index';
import StaffQuestions from '../../src/packages/staff/pages/questions/index';
import { ApiError } from '../../src/services/api-error';
import { saveSession } from '../../src/services/session';
import * as auth from '../../src/services/auth';
import * as staff from '../../src/services/staff';
import { me, staffQuestion } from './fixtures';
import { resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/auth');
jest.mock('../../src/services/staff');

const listQuestionQueue = jest.mocked(staff.listQuestionQueue);
const answerQuestion = jest.mocked(staff.answerQuestion);

/** 10:00 on 6 May 2024 in China. */
const NOW = Date.parse('2024-05-06T02:00:00.000Z');

/** The card of the question whose text starts with this. */
const cardOf = (text: string) =>
  screen.getByText(new RegExp(`^${text}`)).closest('.staff-card') as HTMLElement;
const answerBox = (card: HTMLElement) => card.querySelector('taro-textarea-core') as Element;

async function openQueue() {
  render(<StaffQuestions />);
  await screen.findAllByText('提交答复');
}

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(auth, staff);
  jest.spyOn(Date, 'now').mockReturnValue(NOW);
});

afterEach(() => jest.restoreAllMocks());

describe('StaffQuestions', () => {
  test('lists the questions earliest deadline first, marking the overdue and those due within a day', async () => {
    listQuestionQueue.mockResolvedValue([
      // 30 hours away: not yet within the day.
      staffQuestion(1, { kind: 'general', dueAt: '2024-05-07T08:00:00.000Z' }),
      staffQuestion(2, { kind: 'service', dueAt: '2024-05-06T12:00:00.000Z' }),
      staffQuestion(3, { kind: 'urgent', dueAt: '2024-05-06T01:00:00.000Z' }),
    ]);
    await openQueue();

    const cards = screen
      .getAllByText(/^留言 \d/)
      .map((text) => text.closest('.staff-card') as HTMLElement);

    expect(
      cards.map((card) =>
        within(card)
          .getByText(/^留言 \d/)
          .textContent?.slice(0, 4),
      ),
    ).toEqual(['留言 3', '留言 2', '留言 1']);
    expect(within(cards[0]!).getByText('紧急关切')).toBeTruthy();
    expect(within(cards[0]!).getByText('已超期')).toBeTruthy();
    expect(within(cards[0]!).queryByText('即将到期')).toBeNull();
    expect(within(cards[1]!).getByText('办事咨询')).toBeTruthy();
    expect(within(cards[1]!).getByText('即将到期')).toBeTruthy();
    expect(within(cards[1]!).queryByText('已超期')).toBeNull();
    expect(within(cards[2]!).getByText('一般咨询')).toBeTruthy();
    expect(within(cards[2]!).queryByText(/已超期|即将到期/)).toBeNull();
  });

  test('counts the overdue, those due within a day and all waiting at the top', async () => {
    listQuestionQueue.mockResolvedValue([
      staffQuestion(1, { dueAt: '2024-05-07T08:00:00.000Z' }),
      staffQuestion(2, { dueAt: '2024-05-06T12:00:00.000Z' }),
      staffQuestion(3, { dueAt: '2024-05-06T01:00:00.000Z' }),
      staffQuestion(4, { dueAt: '2024-05-05T01:00:00.000Z' }),
    ]);
    await openQueue();

    expect(screen.getByText('已超期 2')).toBeTruthy();
    expect(screen.getByText('即将到期 1')).toBeTruthy();
    expect(screen.getByText('待答复 4')).toBeTruthy();
  });

  test('lists the answered questions with their rating, and lets an editor promote one', async () => {
    saveSession({
      token: 't',
      expiresAt: Date.now() + 3600_000,
      user: { userId: 'u', roles: ['responder', 'editor'] },
    });
    const answered = {
      ...staffQuestion(1, { status: 'answered' }),
      answer: {
        text: '请携带户口簿办理。',
        at: '2024-05-06T01:00:00.000Z',
        by: { userId: 'u-r', displayName: '王答复' },
      },
      rating: {
        score: 2 as const,
        problems: ['unclear' as const],
        reason: '没说地址',
        at: '2024-05-06T01:30:00.000Z',
      },
    };
    jest.mocked(staff.listAnsweredQuestions).mockResolvedValue([answered]);
    jest.mocked(staff.promoteQuestion).mockResolvedValue({
      ...answered,
      promotedTo: { draftId: 'd-1', at: '2024-05-06T02:00:00.000Z' },
    });
    listQuestionQueue.mockResolvedValue([]);
    render(<StaffQuestions />);

    fireEvent.click(await screen.findByText('已答复'));
    expect(await screen.findByText('请携带户口簿办理。')).toBeTruthy();
    expect(screen.getByText('不满意')).toBeTruthy();
    expect(screen.getByText('群众评价：答复说得不清楚；没说地址')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('转为公开问答')));

    expect(staff.promoteQuestion).toHaveBeenCalledWith('q-1');
    expect(screen.getByText('已转为公开问答')).toBeTruthy();
    expect(screen.getByText('打开问答草稿')).toBeTruthy();
  });

  test('shows times in China time, 约 before an approximate deadline, and marks a question WeChat held', async () => {
    listQuestionQueue.mockResolvedValue([
      staffQuestion(1),
      staffQuestion(2, {
        status: 'held',
        heldForCheck: true,
        dueApproximate: true,
        dueAt: '2024-05-13T09:00:00.000Z',
      }),
    ]);
    await openQueue();

    const plain = cardOf('留言 1');
    const held = cardOf('留言 2');

    expect(within(plain).getByText('留言时间 2024-05-03 09:00')).toBeTruthy();
    expect(within(plain).getByText('答复期限 2024-05-10 17:00')).toBeTruthy();
    expect(within(plain).queryByText('待人工审核')).toBeNull();
    expect(within(held).getByText('答复期限 约 2024-05-13 17:00')).toBeTruthy();
    expect(within(held).getByText('待人工审核')).toBeTruthy();
    expect(within(held).getByText(/微信内容安全检测要求人工先阅读/)).toBeTruthy();
  });

  test("shows a question's text as plain text, never as markup", async () => {
    listQuestionQueue.mockResolvedValue([
      staffQuestion(1, { text: '<b>加粗</b><img src=x onerror=alert(1)>请问' }),
    ]);
    const { container } = render(<StaffQuestions />);

    expect(await screen.findByText('<b>加粗</b><img src=x onerror=alert(1)>请问')).toBeTruthy();
    expect(container.querySelector('b, img')).toBeNull();
  });

  test('shows the contact when given and calls the number on tap', async () => {
    const call = jest
      .spyOn(Taro, 'makePhoneCall')
      .mockResolvedValue({ errMsg: 'makePhoneCall:ok' });
    listQuestionQueue.mockResolvedValue([
      staffQuestion(1, { contact: { name: '张先生', phone: '13800138000' } }),
      staffQuestion(2),
    ]);
    await openQueue();

    expect(within(cardOf('留言 1')).getByText('称呼 张先生')).toBeTruthy();
    expect(within(cardOf('留言 2')).queryByText(/称呼|电话/)).toBeNull();
    fireEvent.click(within(cardOf('留言 1')).getByText('电话 13800138000'));

    expect(call).toHaveBeenCalledWith({ phoneNumber: '13800138000' });
  });

  test('refuses an empty answer under its field and sends nothing', async () => {
    listQuestionQueue.mockResolvedValue([staffQuestion(1)]);
    await openQueue();
    const card = cardOf('留言 1');

    await typeInto(answerBox(card), '   ');
    await act(async () => fireEvent.click(within(card).getByText('提交答复')));

    const field = card.querySelector('[data-field="text"]') as HTMLElement;
    expect(within(field).getByText('请填写答复')).toBeTruthy();
    expect(answerQuestion).not.toHaveBeenCalled();
  });

  test('sends a valid answer, trimmed, then drops the question with a toast', async () => {
    listQuestionQueue.mockResolvedValue([
      staffQuestion(1),
      staffQuestion(2, { dueAt: '2024-05-11T09:00:00.000Z' }),
    ]);
    answerQuestion.mockResolvedValue(
      staffQuestion(1, {
        status: 'answered',
        answer: { text: '请携带户口簿办理。', at: '2024-05-06T02:00:00.000Z' },
      }),
    );
    await openQueue();

    await typeInto(answerBox(cardOf('留言 1')), '  请携带户口簿办理。 ');
    await act(async () => fireEvent.click(within(cardOf('留言 1')).getByText('提交答复')));

    expect(answerQuestion).toHaveBeenCalledWith('q-1', '请携带户口簿办理。');
    expect(screen.queryByText(/^留言 1/)).toBeNull();
    expect(screen.getByText(/^留言 2/)).toBeTruthy();
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已答复' }));
  });

  test('says so when a colleague answered first, and keeps the question', async () => {
    listQuestionQueue.mockResolvedValue([staffQuestion(1)]);
    answerQuestion.mockRejectedValue(new ApiError('CONFLICT', '该留言已答复'));
    await openQueue();

    await typeInto(answerBox(cardOf('留言 1')), '请携带户口簿办理。');
    await act(async () => fireEvent.click(screen.getByText('提交答复')));

    expect(within(cardOf('留言 1')).getByText('该留言已答复')).toBeTruthy();
    expect(Taro.showToast).not.toHaveBeenCalled();
  });

  test('says there is nothing to answer once the last question is answered', async () => {
    listQuestionQueue.mockResolvedValue([staffQuestion(1)]);
    answerQuestion.mockResolvedValue(staffQuestion(1, { status: 'answered' }));
    await openQueue();

    await typeInto(answerBox(cardOf('留言 1')), '已转交户籍窗口。');
    await act(async () => fireEvent.click(screen.getByText('提交答复')));

    expect(screen.getByText('暂无待答复的留言')).toBeTruthy();
  });

  test('reloads the queue when pulled down', async () => {
    listQuestionQueue.mockResolvedValueOnce([]).mockResolvedValueOnce([staffQuestion(1)]);
    render(<StaffQuestions />);
    expect(await screen.findByText('暂无待答复的留言')).toBeTruthy();

    const onPullDown = jest.mocked(Taro.usePullDownRefresh).mock.calls.at(-1)![0];
    act(() => onPullDown());

    expect(await screen.findByText(/^留言 1/)).toBeTruthy();
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled();
  });
});

describe('StaffHome for responders', () => {
  beforeEach(() => {
    // The home's other cards (the negative list's review, publication deadlines) have nothing to say.
    jest.mocked(staff.getStaffNegativeList).mockResolvedValue({
      grounds: [],
      lastReviewedOn: '2099-01-01',
      nextReviewDueOn: '2100-01-01',
      reviews: [],
    });
    jest.mocked(staff.listPublicationDeadlines).mockResolvedValue([]);
  });

  test('offers a responder the questions page, with the overdue count on it', async () => {
    jest.mocked(auth.fetchMe).mockResolvedValue(me({ roles: ['responder'] }));
    listQuestionQueue.mockResolvedValue([
      staffQuestion(1, { dueAt: '2024-05-06T01:00:00.000Z' }),
      staffQuestion(2, { dueAt: '2024-05-09T01:00:00.000Z' }),
    ]);
    render(<StaffHome />);

    expect(await screen.findByText('1 件超期')).toBeTruthy();
    expect(listQuestionQueue).toHaveBeenCalledTimes(1);
    fireEvent.click(await screen.findByText('留言答复'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/questions/index' });
    expect(screen.queryByText('您的角色暂无可在此处理的工作。')).toBeNull();
  });

  test('does not offer an editor the questions page', async () => {
    jest.mocked(auth.fetchMe).mockResolvedValue(me({ roles: ['editor'] }));
    jest.mocked(staff.listWorkflowItems).mockResolvedValue([]);
    render(<StaffHome />);

    await screen.findByText('我的稿件');

    expect(screen.queryByText('留言答复')).toBeNull();
  });
});

describe('StaffQuestions opened at one question (?id=, from the service levels)', () => {
  const useRouter = Taro.useRouter as unknown as jest.Mock;
  afterEach(() => useRouter.mockReturnValue({ params: {}, path: '/pages/index/index' }));

  test('shows that waiting question first, marked as the one opened', async () => {
    useRouter.mockReturnValue({ params: { id: 'q-1' } });
    listQuestionQueue.mockResolvedValue([
      staffQuestion(1, { dueAt: '2024-05-10T09:00:00.000Z' }),
      staffQuestion(3, { kind: 'urgent', dueAt: '2024-05-06T01:00:00.000Z' }),
    ]);
    await openQueue();

    const texts = screen.getAllByText(/^留言 \d/).map((text) => text.textContent?.slice(0, 4));
    expect(texts).toEqual(['留言 1', '留言 3']);
    expect(screen.getByText('从服务质量打开的留言')).toBeTruthy();
  });

  test('says so when the waiting question opened is no longer in the queue', async () => {
    useRouter.mockReturnValue({ params: { id: 'q-9' } });
    listQuestionQueue.mockResolvedValue([staffQuestion(1)]);
    await openQueue();

    expect(
      screen.getByText('编号 q-9 的留言已不在待答复列表中，可能已经答复，请到“已答复”查看'),
    ).toBeTruthy();
  });

  test('an answered question older than the 50 listed is fetched by id and shown first', async () => {
    useRouter.mockReturnValue({ params: { id: 'q-9', tab: 'answered' } });
    const answered = (n: number) => ({
      ...staffQuestion(n, { status: 'answered' as const }),
      answer: {
        text: `答复 ${n}`,
        at: '2024-05-06T01:00:00.000Z',
        by: { userId: 'u-r', displayName: '王答复' },
      },
    });
    jest.mocked(staff.listAnsweredQuestions).mockResolvedValue([answered(1)]);
    jest.mocked(staff.getAnsweredQuestion).mockResolvedValue(answered(9));
    listQuestionQueue.mockResolvedValue([]);
    render(<StaffQuestions />);

    expect(await screen.findByText('答复 9')).toBeTruthy();
    await screen.findByText('答复 1');
    expect(staff.getAnsweredQuestion).toHaveBeenCalledTimes(1);
    expect(staff.getAnsweredQuestion).toHaveBeenCalledWith('q-9');
    expect(screen.getAllByText(/^答复 \d/).map((each) => each.textContent)).toEqual([
      '答复 9',
      '答复 1',
    ]);
    expect(screen.getByText('从服务质量打开的留言')).toBeTruthy();
  });

  test('an answered question in the list is not fetched again', async () => {
    useRouter.mockReturnValue({ params: { id: 'q-1', tab: 'answered' } });
    jest.mocked(staff.listAnsweredQuestions).mockResolvedValue([
      {
        ...staffQuestion(1, { status: 'answered' }),
        answer: {
          text: '答复 1',
          at: '2024-05-06T01:00:00.000Z',
          by: { userId: 'u-r', displayName: '王答复' },
        },
      },
    ]);
    listQuestionQueue.mockResolvedValue([]);
    render(<StaffQuestions />);

    expect(await screen.findByText('答复 1')).toBeTruthy();
    expect(screen.getByText('从服务质量打开的留言')).toBeTruthy();
    expect(staff.getAnsweredQuestion).not.toHaveBeenCalled();
  });
});
