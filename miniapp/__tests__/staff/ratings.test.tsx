import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ContentDraft, GuideRatingsView } from '@sunshine/shared';
import Editor from '../../src/packages/staff/pages/editor/index';
import Ratings from '../../src/packages/staff/pages/ratings/index';
import Review from '../../src/packages/staff/pages/review/index';
import * as auth from '../../src/services/auth';
import * as search from '../../src/services/search';
import * as staff from '../../src/services/staff';
import { documentDraft, guideDraft, ITEM_ID, me, workflowItem } from './fixtures';
import { resetMocksOf } from './interact';

jest.mock('../../src/services/auth');
jest.mock('../../src/services/search');
jest.mock('../../src/services/staff');

const useRouter = Taro.useRouter as unknown as jest.Mock;
const listGuideRatings = jest.mocked(staff.listGuideRatings);
const getWorkflowItem = jest.mocked(staff.getWorkflowItem);
const RATINGS_URL = `/packages/staff/pages/ratings/index?id=${ITEM_ID}`;

/** Ten ratings: mostly satisfied, two poor ones naming what was wrong. Oldest reason first on purpose. */
const ratingsView = (overrides: Partial<GuideRatingsView> = {}): GuideRatingsView => ({
  count: 10,
  average: 3.8,
  byScore: { 5: 5, 4: 2, 3: 1, 2: 0, 1: 2 },
  problems: {
    missing_material: 1,
    wrong_time_limit: 0,
    unclear_steps: 2,
    wrong_place_or_hours: 3,
    wrong_fee: 0,
    other: 0,
  },
  recent: [
    {
      score: 1,
      problems: ['missing_material', 'unclear_steps'],
      reason: '没说要带结婚证',
      at: '2024-05-01T01:00:00.000Z',
    },
    { score: 5, problems: [], reason: '', at: '2024-05-03T01:00:00.000Z' },
    {
      score: 2,
      problems: ['wrong_place_or_hours'],
      reason: '窗口已搬到二楼',
      at: '2024-05-02T16:30:00.000Z',
    },
  ],
  ...overrides,
});

const published = (draft: ContentDraft = guideDraft()) =>
  workflowItem({
    status: 'published',
    publishedVersion: 2,
    publishedAt: '2024-05-01T01:00:00.000Z',
    draft,
  });

/** The count beside a score's bar, and the bar's width. */
function bar(label: string) {
  const row = screen.getByText(label, { selector: '.ratings__bar-label' })
    .parentElement as HTMLElement;
  return {
    count: row.querySelector('.ratings__bar-count')?.textContent,
    width: (row.querySelector('.ratings__bar') as HTMLElement).style.width,
  };
}

const texts = (container: HTMLElement, selector: string) =>
  Array.from(container.querySelectorAll(selector)).map((node) => node.textContent);

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(auth, search, staff);
  useRouter.mockReturnValue({
    params: { id: ITEM_ID },
    path: '/packages/staff/pages/ratings/index',
  });
  getWorkflowItem.mockResolvedValue(published());
  listGuideRatings.mockResolvedValue(ratingsView());
});

describe('Ratings', () => {
  test('shows the guide, the average and the count', async () => {
    render(<Ratings />);

    expect(await screen.findByText('平均 3.8 分（满分 5 分）')).toBeTruthy();
    expect(screen.getByText('共 10 人评价')).toBeTruthy();
    expect(await screen.findByText('居民身份证换领')).toBeTruthy();
    expect(listGuideRatings).toHaveBeenCalledWith(ITEM_ID);
  });

  test('shows a bar per score, best first, as wide as its share, with its count', async () => {
    const { container } = render(<Ratings />);
    await screen.findByText('共 10 人评价');

    expect(texts(container, '.ratings__bar-label')).toEqual([
      '非常满意',
      '满意',
      '基本满意',
      '不满意',
      '非常不满意',
    ]);
    expect(bar('非常满意')).toEqual({ count: '5', width: '50%' });
    expect(bar('满意')).toEqual({ count: '2', width: '20%' });
    expect(bar('不满意')).toEqual({ count: '0', width: '0%' });
    expect(bar('非常不满意')).toEqual({ count: '2', width: '20%' });
  });

  test('counts the problems, most frequent first, leaving out those nobody named', async () => {
    const { container } = render(<Ratings />);
    await screen.findByText('群众反映的问题');

    expect(texts(container, '.ratings__problem-label')).toEqual([
      '地点或时间不对',
      '流程说得不清楚',
      '材料不全或有误',
    ]);
    expect(texts(container, '.ratings__problem-count')).toEqual(['3 人', '2 人', '1 人']);
  });

  test('shows the ratings with a reason, newest first, each with its score, problems and China time', async () => {
    const { container } = render(<Ratings />);
    await screen.findByText('评价内容');

    expect(texts(container, '.ratings__reason')).toEqual(['窗口已搬到二楼', '没说要带结婚证']);
    expect(texts(container, '.ratings__score')).toEqual(['不满意', '非常不满意']);
    expect(texts(container, '.ratings__entry-problems')).toEqual([
      '地点或时间不对',
      '材料不全或有误、流程说得不清楚',
    ]);
    // 16:30 UTC is half past midnight the next day in China.
    expect(screen.getByText('2024-05-03 00:30')).toBeTruthy();
  });

  test('says so when nobody has rated the guide yet', async () => {
    listGuideRatings.mockResolvedValue(
      ratingsView({
        count: 0,
        average: undefined,
        byScore: { 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 },
        problems: {
          missing_material: 0,
          wrong_time_limit: 0,
          unclear_steps: 0,
          wrong_place_or_hours: 0,
          wrong_fee: 0,
          other: 0,
        },
        recent: [],
      }),
    );
    render(<Ratings />);

    expect(await screen.findByText('还没有群众评价')).toBeTruthy();
    expect(screen.queryByText('群众反映的问题')).toBeNull();
  });

  test('still shows the ratings when the guide itself cannot be loaded', async () => {
    getWorkflowItem.mockRejectedValue(new Error('offline'));
    render(<Ratings />);

    expect(await screen.findByText('平均 3.8 分（满分 5 分）')).toBeTruthy();
  });
});

describe("The way to a guide's ratings", () => {
  beforeEach(() => {
    useRouter.mockReturnValue({
      params: { id: ITEM_ID },
      path: '/packages/staff/pages/review/index',
    });
    jest.mocked(auth.fetchMe).mockResolvedValue(me());
  });

  test('the review page of a published guide offers 查看群众评价 and opens the ratings', async () => {
    render(<Review />);
    const link = await screen.findByText('查看群众评价');

    await act(async () => fireEvent.click(link));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: RATINGS_URL });
  });

  test('the review page of a published document, or of a guide never published, does not', async () => {
    getWorkflowItem.mockResolvedValueOnce(published(documentDraft()));
    const { unmount } = render(<Review />);
    expect(await screen.findByText('版本记录')).toBeTruthy();
    expect(screen.queryByText('查看群众评价')).toBeNull();
    unmount();

    getWorkflowItem.mockResolvedValueOnce(workflowItem({ draft: guideDraft() }));
    render(<Review />);
    expect(await screen.findByText('版本记录')).toBeTruthy();
    expect(screen.queryByText('查看群众评价')).toBeNull();
  });

  test('the editor of a published guide offers 查看群众评价', async () => {
    render(<Editor />);
    const link = await screen.findByText('查看群众评价');

    await act(async () => fireEvent.click(link));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: RATINGS_URL });
  });
});
