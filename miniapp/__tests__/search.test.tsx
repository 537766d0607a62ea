import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Search from '../src/pages/search/index';
import { answerOk, requestedUrls } from './fixtures';
import { byPlaceholder, typeInto } from './staff/interact';

// The 重大关切 banner reads on its own (concern-banner.test.tsx): kept out of this page's requests.
jest.mock('../src/services/concerns', () => ({
  listOpenMajorConcerns: jest.fn(() => Promise.resolve([])),
}));

const request = Taro.request as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;

beforeEach(() => {
  request.mockReset();
  useRouter.mockReturnValue({ params: {}, path: '/' });
  (Taro.navigateTo as jest.Mock).mockClear();
});

const typeQuery = (text: string) => typeInto(byPlaceholder('输入关键词，如：舆情回应、户籍'), text);

describe('Search', () => {
  test('searches once typing pauses, and shows hits with the match marked', async () => {
    answerOk({
      hits: [
        {
          type: 'interpretation',
          id: '01HTEST0000000000000000001',
          title: '关于舆情回应的解读',
          category: 'decision',
          snippet: '…及时回应社会关切…',
          snippetHighlights: [[3, 5]],
          titleHighlights: [[2, 6]],
        },
      ],
    });
    const { container } = render(<Search />);

    await typeQuery('舆情回应');

    expect(await screen.findByText('舆情回应')).toBeTruthy();
    expect(container.querySelector('.search-hit')?.textContent).toBe('舆情回应');
    expect(requestedUrls()).toEqual([
      `http://api.test/v1/search?q=${encodeURIComponent('舆情回应')}&limit=20`,
    ]);
  });

  test('opens the interpretation a hit belongs to, Q&A hits included', async () => {
    answerOk({
      hits: [
        {
          type: 'qa',
          id: '01HTEST0000000000000000002',
          qaIndex: 3,
          title: '多久发布权威信息？',
          category: 'decision',
          snippet: '最迟5小时内',
          snippetHighlights: [],
          titleHighlights: [],
        },
      ],
    });
    render(<Search />);
    await typeQuery('权威信息');

    fireEvent.click(await screen.findByText('问：多久发布权威信息？'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/pages/content/detail?id=01HTEST0000000000000000002',
    });
  });

  test('says so when nothing matches', async () => {
    answerOk({ hits: [] });
    render(<Search />);

    await typeQuery('火星探测器');

    expect(await screen.findByText('没有找到与「火星探测器」相关的内容')).toBeTruthy();
  });
});

describe('answers first for a question', () => {
  const qaHit = {
    type: 'qa',
    id: '01HTEST0000000000000000003',
    title: '电动自行车上牌收费吗？',
    category: 'service',
    snippet: '不收取工本费',
    snippetHighlights: [],
    titleHighlights: [],
  };
  const documentHit = {
    type: 'document',
    id: '01HTEST0000000000000000004',
    title: '电动自行车登记管理办法',
    category: 'service',
    snippet: '登记上牌',
    snippetHighlights: [],
    titleHighlights: [],
  };

  test('a typed question puts the Q&A that may answer it, with its answer, above the rest', async () => {
    answerOk({ hits: [documentHit, qaHit] });
    const { container } = render(<Search />);

    await typeQuery('电动车上牌要钱吗');

    expect(await screen.findByText('这些问答也许能解答您的问题')).toBeTruthy();
    expect(container.querySelector('.qa-suggestions')?.textContent).toContain('答：不收取工本费');
    expect(container.querySelectorAll('.search__hit')).toHaveLength(1);
  });

  test('a few key words are a search, not a question: no suggestion box', async () => {
    answerOk({ hits: [documentHit, qaHit] });
    const { container } = render(<Search />);

    await typeQuery('电动自行车');

    await screen.findByText('电动自行车登记管理办法');
    expect(container.querySelector('.qa-suggestions')).toBeNull();
    expect(container.querySelectorAll('.search__hit')).toHaveLength(2);
  });
});

describe('Search opened by a deep link', () => {
  // What Taro's router may hand the page for `?q=…`: the words raw (WeChat, a scan), percent-encoded
  // once (H5, a pasted hash address), or a value holding a `%` or `+` that was never encoded.
  test.each([
    ['raw Chinese', '身份证', '身份证'],
    ['percent-encoded Chinese', '%E8%BA%AB%E4%BB%BD%E8%AF%81', '身份证'],
    ['a lone percent sign', '100%', '100%'],
    ['plus signs', 'C++', 'C++'],
    ['double-encoded, decoded once', '%25E8%25BA%25AB', '%E8%BA%AB'],
  ])('with %s in q shows exactly the words meant', (_how, q, shown) => {
    answerOk({ hits: [] });
    useRouter.mockReturnValue({ params: { q }, path: '/pages/search/index' });

    const { container } = render(<Search />);

    expect(container.querySelector('.search__input')!.getAttribute('value')).toBe(shown);
  });
});
