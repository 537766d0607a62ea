import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { ComponentType } from 'react';
import { choiceFromParams } from '../src/pages/catalogue/facets';
import { RESIDENT_PAGES, routeParam } from '../src/page-urls';
import { forgetBureau } from '../src/services/bureau';
import { saveSession } from '../src/services/session';
import { answerOk, contentView, interpretation } from './fixtures';

/*
 * Every resident page can be forwarded to a chat and shared to 朋友圈, and what is shared opens
 * the same content again: the item, the catalogue's kind and facet, the search's words (Chinese
 * included, whether the router hands them back decoded or still percent-encoded).
 */

type Share = { title: string; path: string };
type Timeline = { title: string; query: string };

const request = Taro.request as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;
const useShareAppMessage = Taro.useShareAppMessage as unknown as jest.Mock;
const useShareTimeline = Taro.useShareTimeline as unknown as jest.Mock;

// Page configs call Taro's build-time global; here it hands the config back to be read.
(globalThis as { definePageConfig?: unknown }).definePageConfig = (config: unknown) => config;

const pageModule = (page: string): ComponentType =>
  (jest.requireActual(`../src/${page}`) as { default: ComponentType }).default;
const pageConfig = (page: string) =>
  (jest.requireActual(`../src/${page}.config`) as { default: Record<string, unknown> }).default;

/** What the page would share now: the latest handler each hook was given, called as WeChat does. */
function shared(): { message: Share; timeline: Timeline } {
  const last = (hook: jest.Mock) => hook.mock.calls.at(-1)![0] as () => unknown;
  return {
    message: last(useShareAppMessage)() as Share,
    timeline: last(useShareTimeline)() as Timeline,
  };
}

/** A shared path's page and its parameters, as the router of the page it opens reads them. */
function opened(path: string): { page: string; params: Record<string, string> } {
  const [page, query = ''] = path.split('?');
  return { page: page!, params: Object.fromEntries(new URLSearchParams(query)) };
}

const residentPaths = Object.values(RESIDENT_PAGES).map((page) => `/${page}`);

beforeEach(() => {
  request.mockReset();
  // Pages stay loading: what they share does not wait for their data.
  request.mockImplementation(() => new Promise(() => undefined));
  useShareAppMessage.mockClear();
  useShareTimeline.mockClear();
  (Taro.setClipboardData as jest.Mock).mockClear();
  (Taro.showToast as jest.Mock).mockClear();
  useRouter.mockReturnValue({ params: {}, path: '/' });
  forgetBureau();
  Taro.clearStorageSync();
  saveSession({ token: 't', expiresAt: Date.now() + 3600_000, user: { userId: 'u', roles: [] } });
});

describe('every resident page', () => {
  test.each(Object.entries(RESIDENT_PAGES))(
    '%s enables both shares and shares itself, to a chat and to 朋友圈 alike',
    (_name, page) => {
      expect(pageConfig(page)).toMatchObject({
        enableShareAppMessage: true,
        enableShareTimeline: true,
      });
      const Page = pageModule(page);

      render(<Page />);

      const { message, timeline } = shared();
      expect(residentPaths).toContain(opened(message.path).page);
      expect(opened(message.path).page).toBe(`/${page}`);
      // 朋友圈 opens the page shared with its query: the same query the chat's path carries.
      expect(timeline).toEqual({
        title: message.title,
        query: message.path.split('?')[1] ?? '',
      });
      expect(message.title).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  test.each(Object.entries(RESIDENT_PAGES).filter(([name]) => name.startsWith('my')))(
    '%s, a personal page, shares the page alone: a friend opens their own list',
    (_name, page) => {
      const Page = pageModule(page);

      render(<Page />);

      expect(shared().message.path).toBe(`/${page}`);
    },
  );
});

describe('a shared link opens the same content', () => {
  test('an item: its id, under its own title', async () => {
    const item = interpretation({ title: '关于居住证签注的政策解读' });
    useRouter.mockReturnValue({ params: { id: item.id }, path: '/' });
    request.mockReset();
    answerOk(contentView(item));
    const Detail = pageModule(RESIDENT_PAGES.detail);

    render(<Detail />);
    await screen.findAllByText('关于居住证签注的政策解读');

    const { message, timeline } = shared();
    expect(message.title).toBe('关于居住证签注的政策解读');
    expect(opened(message.path)).toEqual({
      page: `/${RESIDENT_PAGES.detail}`,
      params: { id: item.id },
    });
    expect(timeline.query).toBe(`id=${item.id}`);
  });

  test('the catalogue: the kind and the facet value on screen, named in the title', () => {
    const params = { kind: 'document', category: 'decision' };
    useRouter.mockReturnValue({ params, path: '/' });
    const Catalogue = pageModule(RESIDENT_PAGES.catalogue);

    render(<Catalogue />);

    const { message } = shared();
    const reopened = opened(message.path);
    expect(reopened.page).toBe(`/${RESIDENT_PAGES.catalogue}`);
    expect(choiceFromParams(reopened.params)).toEqual(choiceFromParams(params));
    expect(message.title).toBe('「决策公开」政策文件 · 阳光政务');
  });

  test('the catalogue: a kind picked on the page is what is shared', () => {
    const Catalogue = pageModule(RESIDENT_PAGES.catalogue);
    render(<Catalogue />);

    fireEvent.click(screen.getByText('权威发布'));

    const reopened = opened(shared().message.path);
    expect(choiceFromParams(reopened.params)).toEqual({ kind: 'notice', facet: 'category' });
  });

  const WORDS = '户籍 迁移100%';

  test.each([
    ['decoded', WORDS],
    ['still percent-encoded', encodeURIComponent(WORDS)],
  ])('a search with Chinese words, handed back %s, reopens with the same words', (_how, q) => {
    useRouter.mockReturnValue({ params: { q }, path: '/' });
    const Search = pageModule(RESIDENT_PAGES.search);

    const { container } = render(<Search />);

    expect(container.querySelector('.search__input')!.getAttribute('value')).toBe(WORDS);
    const { message, timeline } = shared();
    expect(message.title).toBe(`搜索「${WORDS}」 · 阳光政务`);
    expect(opened(message.path).params).toEqual({ q: WORDS });
    expect(timeline.query).toBe(`q=${encodeURIComponent(WORDS)}`);
  });

  test('a search shared twice over still holds the same words', () => {
    let params: Record<string, string> = { q: WORDS };
    const Search = pageModule(RESIDENT_PAGES.search);
    for (let round = 0; round < 2; round += 1) {
      useRouter.mockReturnValue({ params, path: '/' });
      const { unmount } = render(<Search />);
      params = opened(shared().message.path).params;
      unmount();
    }

    expect(routeParam(params, 'q')).toBe(WORDS);
  });
});

describe('复制链接 in the H5 twin', () => {
  test("copies the page's own address, hash route and the words typed included, and says so", async () => {
    useRouter.mockReturnValue({ params: { q: '居住证' }, path: '/' });
    const Search = pageModule(RESIDENT_PAGES.search);
    render(<Search />);

    fireEvent.click(screen.getByText('复制链接'));

    expect(Taro.setClipboardData).toHaveBeenCalledWith({
      data: `http://localhost/#/${RESIDENT_PAGES.search}?q=${encodeURIComponent('居住证')}`,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '链接已复制', icon: 'none' });
  });
});
