import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { BUILT_IN_TOPICS, type BrowseItemView } from '@sunshine/shared';
import Browser from '../../src/packages/staff/pages/browser/index';
import * as auth from '../../src/services/auth';
import * as content from '../../src/services/content';
import * as staff from '../../src/services/staff';
import { me } from './fixtures';
import { byPlaceholder, pick, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/staff');
jest.mock('../../src/services/auth');
jest.mock('../../src/hooks/use-bureau', () => ({
  useOffices: () => [
    { id: 'exit-entry', name: '出入境管理大队' },
    { id: 'population', name: '户政管理大队' },
  ],
}));

const browse = jest.mocked(staff.browseWorkflowItems);

const result = (n: number, overrides: Partial<BrowseItemView> = {}): BrowseItemView => ({
  id: `01HTESTITEM0000000000000${String(n).padStart(2, '0')}`,
  kind: 'document',
  title: `文件 ${n}`,
  status: 'published',
  category: 'service',
  office: 'population',
  topic: 'household',
  owner: { userId: 'u-editor', displayName: '王编辑' },
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-02T02:00:00.000Z',
  publishedVersion: 1,
  ...overrides,
});

/** What the page asks first: every item, newest change first. */
const EVERYTHING = {
  q: undefined,
  kind: undefined,
  status: undefined,
  office: undefined,
  category: undefined,
  topic: undefined,
  author: undefined,
  from: undefined,
  to: undefined,
  order: 'newest',
  cursor: undefined,
};

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(staff, auth);
  jest.mocked(auth.currentSession).mockReturnValue({
    token: 't',
    expiresAt: Date.now() + 3600_000,
    user: me({ userId: 'u-me', roles: ['editor'] }),
  });
  jest.mocked(staff.listItemAuthors).mockResolvedValue([]);
});

/** The filter pickers in the order the page shows them. */
function pickers(container: HTMLElement) {
  const all = Array.from(container.querySelectorAll('taro-picker-core'));
  const [kind, status, office, category, topic, author, from, to, order] = all;
  return { kind, status, office, category, topic, author, from, to, order };
}

describe('Browser', () => {
  test('lists every item with its numbers, office and author, loads the next page, and opens an item', async () => {
    browse
      .mockResolvedValueOnce({
        items: [result(1, { number: '上公发〔2026〕9号', indexNumber: '11340000-2026-00001' })],
        nextCursor: 'NEXT',
      })
      .mockResolvedValueOnce({ items: [result(2, { kind: 'qa', status: 'draft' })] });
    render(<Browser />);

    expect(await screen.findByText('文件 1')).toBeTruthy();
    expect(screen.getByText('文号 上公发〔2026〕9号 · 索引号 11340000-2026-00001')).toBeTruthy();
    expect(screen.getByText('户政管理大队 · 王编辑')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('加载更多')));

    expect(await screen.findByText('文件 2')).toBeTruthy();
    expect(screen.getByText('没有更多了')).toBeTruthy();
    expect(browse.mock.calls).toEqual([[EVERYTHING], [{ ...EVERYTHING, cursor: 'NEXT' }]]);
    fireEvent.click(screen.getByText('文件 2'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/packages/staff/pages/review/index?id=${result(2).id}`,
    });
  });

  test('an item edited between two pages (oldest first) is listed once, where it was first seen', async () => {
    browse
      .mockResolvedValueOnce({ items: [result(1), result(2)], nextCursor: 'NEXT' })
      .mockResolvedValueOnce({
        items: [result(3), result(1, { title: '文件 1', updatedAt: '2026-03-05T02:00:00.000Z' })],
      });
    render(<Browser />);
    await screen.findByText('文件 1');

    await act(async () => fireEvent.click(screen.getByText('加载更多')));

    expect(await screen.findByText('文件 3')).toBeTruthy();
    expect(screen.getAllByText('文件 1')).toHaveLength(1);
    expect(screen.getAllByText(/^文件 \d$/).map((title) => title.textContent)).toEqual([
      '文件 1',
      '文件 2',
      '文件 3',
    ]);
  });

  test('searches what was typed, filters by each picker, and clears them all', async () => {
    browse.mockResolvedValue({ items: [] });
    const { container } = render(<Browser />);
    await screen.findByText('没有符合条件的内容');
    const picker = pickers(container);

    await typeInto(byPlaceholder('标题、文号、索引号或正文中的词'), ' 上公发〔2026〕9号 ');
    await act(async () => fireEvent.click(screen.getByText('搜索')));
    pick(picker.kind!, 1);
    pick(picker.status!, 2);
    pick(picker.office!, 2);
    pick(picker.category!, 3);
    pick(picker.topic!, 2);
    pick(picker.author!, 1);
    pick(picker.from!, '2026-03-01');
    pick(picker.to!, '2026-03-31');
    pick(picker.order!, 1);
    await waitFor(() =>
      expect(browse).toHaveBeenLastCalledWith({
        q: '上公发〔2026〕9号',
        kind: 'document',
        status: 'in_review',
        office: 'population',
        category: 'management',
        topic: 'household',
        author: 'u-me',
        from: '2026-03-01',
        to: '2026-03-31',
        order: 'oldest',
        cursor: undefined,
      }),
    );

    await act(async () => fireEvent.click(screen.getByText('清除搜索和筛选')));
    expect(browse).toHaveBeenLastCalledWith(EVERYTHING);
  });

  test('the topic picker offers the topics staff added, and filters by one', async () => {
    jest
      .spyOn(content, 'listTopics')
      .mockResolvedValue([...BUILT_IN_TOPICS, { key: 'c-night', label: '夜间办证', custom: true }]);
    browse.mockResolvedValue({ items: [] });
    const { container } = render(<Browser />);
    await screen.findByText('没有符合条件的内容');

    await waitFor(() => expect(content.listTopics).toHaveBeenCalledTimes(1));
    pick(pickers(container).topic!, BUILT_IN_TOPICS.length + 1);

    await waitFor(() =>
      expect(browse).toHaveBeenLastCalledWith({ ...EVERYTHING, topic: 'c-night' }),
    );
  });

  test('作者 offers every editor (a revoked one marked) and filters by the one chosen', async () => {
    jest.mocked(staff.listItemAuthors).mockResolvedValue([
      { userId: 'u-wang', name: '王编辑', active: true },
      { userId: 'u-zhao', name: '赵编辑', active: false },
    ]);
    browse.mockResolvedValue({ items: [] });
    const { container } = render(<Browser />);
    await screen.findByText('没有符合条件的内容');
    await waitFor(() => expect(staff.listItemAuthors).toHaveBeenCalledTimes(1));

    pick(pickers(container).author!, 3);

    await waitFor(() =>
      expect(browse).toHaveBeenLastCalledWith({ ...EVERYTHING, author: 'u-zhao' }),
    );
    // Offered in the picker's list, and shown as the choice.
    expect(screen.getAllByText('赵编辑（已停用）')).toHaveLength(2);
  });

  test('a part of the library with nothing found still offers to search on', async () => {
    browse
      .mockResolvedValueOnce({ items: [], nextCursor: 'FURTHER' })
      .mockResolvedValueOnce({ items: [result(7)] });
    render(<Browser />);

    expect(
      await screen.findByText('已查找一部分内容，暂无符合条件的；点「加载更多」继续查找。'),
    ).toBeTruthy();
    expect(screen.queryByText('没有符合条件的内容')).toBeNull();
    await act(async () => fireEvent.click(screen.getByText('加载更多')));

    expect(await screen.findByText('文件 7')).toBeTruthy();
    expect(browse).toHaveBeenLastCalledWith({ ...EVERYTHING, cursor: 'FURTHER' });
  });
});
