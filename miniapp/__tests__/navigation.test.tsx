import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { BUILT_IN_TOPICS } from '@sunshine/shared';
import Interact, { CONSULTATION_PAGES, openForComment } from '../src/pages/interact/index';
import Mine, { PRIVACY_STATEMENT } from '../src/pages/mine/index';
import Services from '../src/pages/services/index';
import {
  APPLY_URL,
  ASK_URL,
  catalogueUrl,
  DISCLOSURE_GUIDE_URL,
  HOME_URL,
  INTERACT_URL,
  isTabUrl,
  MINE_URL,
  MY_APPLICATIONS_URL,
  MY_COMMENTS_URL,
  MY_QUESTIONS_URL,
  MY_SUBSCRIPTIONS_URL,
  NEGATIVE_LIST_URL,
  RESIDENT_PAGES,
  SERVICES_URL,
  STAFF_HOME_URL,
  TABS,
} from '../src/page-urls';
import { openPage } from '../src/services/navigation';
import { forgetBureau } from '../src/services/bureau';
import { readLargeText } from '../src/services/preferences';
import { answerOk, requestedUrls, summary } from './fixtures';

/*
 * Residents' navigation by WeChat's conventions: four tabs (首页, 办事, 互动, 我的) declared from
 * page-urls.ts, tab pages opened with switchTab, and what 互动 and 我的 hold.
 */

// The 重大关切 banner reads after the first screen (concern-banner.test.tsx): kept out of these
// pages' own request sequences.
jest.mock('../src/services/concerns', () => ({
  listOpenMajorConcerns: jest.fn(() => Promise.resolve([])),
}));

const navigateTo = Taro.navigateTo as jest.Mock;
const switchTab = Taro.switchTab as jest.Mock;
const request = Taro.request as unknown as jest.Mock;
const useShareAppMessage = Taro.useShareAppMessage as unknown as jest.Mock;
const useShareTimeline = Taro.useShareTimeline as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;

(globalThis as { defineAppConfig?: unknown }).defineAppConfig = (config: unknown) => config;

type TabBar = {
  list: Array<{ pagePath: string; text: string; iconPath: string; selectedIconPath: string }>;
};
const appConfig = () =>
  (
    jest.requireActual('../src/app.config') as {
      default: { pages: string[]; tabBar: TabBar };
    }
  ).default;

/** Where each tap led: pushed pages and tabs switched to, in order. */
const opened = () => [
  ...navigateTo.mock.calls.map(([options]) => `navigateTo ${options.url}`),
  ...switchTab.mock.calls.map(([options]) => `switchTab ${options.url}`),
];

beforeEach(() => {
  request.mockReset();
  navigateTo.mockClear();
  switchTab.mockClear();
  useShareAppMessage.mockClear();
  useShareTimeline.mockClear();
  useRouter.mockReturnValue({ params: {}, path: '/' });
  forgetBureau();
  Taro.clearStorageSync();
});

describe('openPage', () => {
  test('opens a tab page with switchTab, without its query', async () => {
    await openPage(`${INTERACT_URL}?from=share`);

    expect(switchTab).toHaveBeenCalledWith({ url: INTERACT_URL });
    expect(navigateTo).not.toHaveBeenCalled();
  });

  test('pushes any other page with navigateTo, its query kept', async () => {
    await openPage(catalogueUrl({ kind: 'guide' }));

    expect(navigateTo).toHaveBeenCalledWith({ url: '/pages/catalogue/index?kind=guide' });
    expect(switchTab).not.toHaveBeenCalled();
  });

  test('knows exactly the four tab pages as tabs', () => {
    const tabs = Object.values(RESIDENT_PAGES).filter((page) => isTabUrl(`/${page}`));

    expect(tabs).toEqual([
      'pages/index/index',
      'pages/services/index',
      'pages/interact/index',
      'pages/mine/index',
    ]);
    expect([HOME_URL, SERVICES_URL, INTERACT_URL, MINE_URL].every(isTabUrl)).toBe(true);
    expect(isTabUrl(STAFF_HOME_URL)).toBe(false);
  });
});

describe('the tab bar', () => {
  test('is declared from page-urls.ts: 首页, 办事, 互动, 我的, each a main-package page', () => {
    const { pages, tabBar } = appConfig();

    expect(tabBar.list.map((tab) => tab.text)).toEqual(['首页', '办事', '互动', '我的']);
    expect(tabBar.list.map((tab) => tab.pagePath)).toEqual(
      TABS.map((tab) => RESIDENT_PAGES[tab.page]),
    );
    // The first page opens the app, and it is the first tab.
    expect(pages[0]).toBe(tabBar.list[0]!.pagePath);
    for (const tab of tabBar.list) expect(pages).toContain(tab.pagePath);
  });

  test('has icons of 81×81 pixels within 40 KB each, as WeChat asks', () => {
    const icons = appConfig().tabBar.list.flatMap((tab) => [tab.iconPath, tab.selectedIconPath]);

    expect(icons).toHaveLength(8);
    for (const icon of icons) {
      const bytes = readFileSync(join(__dirname, '..', 'src', icon));
      // A PNG's IHDR: width and height at bytes 16 and 20.
      expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([81, 81]);
      expect(bytes.length).toBeLessThanOrEqual(40 * 1024);
    }
  });
});

describe('办事', () => {
  test('lists the guides by topic, without the other kinds, and shares itself', async () => {
    answerOk({ items: [summary(1, { kind: 'guide', title: '户口迁移' })] });

    render(<Services />);

    expect(await screen.findByText('户口迁移')).toBeTruthy();
    expect(requestedUrls()[0]).toContain('kind=guide');
    expect(screen.queryByText('政策文件')).toBeNull();
    const share = useShareAppMessage.mock.calls.at(-1)![0] as () => { path: string };
    expect(share().path).toBe(SERVICES_URL);
  });

  test('shares a topic chosen as the catalogue link that opens its guides', async () => {
    // The topics (built-in and added), then the guides of each list.
    request.mockImplementation(({ url }: { url: string }) =>
      Promise.resolve({
        statusCode: 200,
        data: { ok: true, data: url.includes('/topics') ? BUILT_IN_TOPICS : { items: [] } },
      }),
    );
    render(<Services />);

    await act(async () => fireEvent.click(await screen.findByText('户籍管理')));

    const share = useShareAppMessage.mock.calls.at(-1)![0] as () => { path: string };
    expect(share().path).toBe(catalogueUrl({ kind: 'guide', facet: 'topic', value: 'household' }));
  });

  test('opened from a 朋友圈 share of a chosen topic, lists that topic’s guides again', async () => {
    const topicsAndGuides = ({ url }: { url: string }) =>
      Promise.resolve({
        statusCode: 200,
        data: { ok: true, data: url.includes('/topics') ? BUILT_IN_TOPICS : { items: [] } },
      });
    request.mockImplementation(topicsAndGuides);
    const { unmount } = render(<Services />);
    await act(async () => fireEvent.click(await screen.findByText('户籍管理')));
    const timeline = useShareTimeline.mock.calls.at(-1)![0] as () => { query: string };
    const query = Object.fromEntries(new URLSearchParams(timeline().query));
    unmount();
    request.mockClear();
    request.mockImplementation(topicsAndGuides);

    // 朋友圈 opens the tab page with the share's query as its parameters.
    useRouter.mockReturnValue({ params: query, path: SERVICES_URL });
    render(<Services />);

    await screen.findAllByText('户籍管理');
    const guides = requestedUrls().filter((url) => !url.includes('/topics'));
    expect(guides[0]).toContain('kind=guide');
    expect(guides[0]).toContain('topic=household');
  });
});

describe('互动', () => {
  const consultation = (n: number, opensOn: string, closesOn: string) =>
    summary(n, { kind: 'consultation', title: `征求意见稿 ${n}`, opensOn, closesOn });

  test('shows the consultations open for comment today, not those closed or yet to open', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T02:00:00Z'), doNotFake: ['setTimeout'] });
    try {
      answerOk({
        items: [
          consultation(1, '2026-12-01', '2026-12-31'),
          consultation(2, '2026-11-01', '2026-12-06'),
          consultation(3, '2026-12-08', '2027-01-08'),
        ],
      });

      render(<Interact />);

      expect(await screen.findByText('征求意见稿 1')).toBeTruthy();
      expect(screen.queryByText('征求意见稿 2')).toBeNull();
      expect(screen.queryByText('征求意见稿 3')).toBeNull();
      expect(requestedUrls()).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });

  test('finds an older consultation still open on the next page of consultations', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T02:00:00Z'), doNotFake: ['setTimeout'] });
    try {
      const closed = Array.from({ length: 20 }, (_, i) =>
        consultation(10 + i, '2026-10-01', '2026-11-01'),
      );
      answerOk({ items: closed, nextCursor: 'page2' });
      answerOk({ items: [consultation(1, '2026-09-01', '2026-12-31')] });

      render(<Interact />);

      expect(await screen.findByText('征求意见稿 1')).toBeTruthy();
      expect(screen.queryByText('征求意见稿 10')).toBeNull();
      const urls = requestedUrls();
      expect(urls).toHaveLength(2);
      expect(urls[1]).toContain('cursor=page2');
    } finally {
      jest.useRealTimers();
    }
  });

  test(`reads at most ${CONSULTATION_PAGES} pages of consultations looking for open ones`, async () => {
    for (let page = 0; page < CONSULTATION_PAGES + 1; page += 1)
      answerOk({
        items: [consultation(page, '2020-01-01', '2020-02-01')],
        nextCursor: `page${page + 1}`,
      });

    render(<Interact />);

    expect(await screen.findByText('目前没有正在征求意见的草案')).toBeTruthy();
    expect(requestedUrls()).toHaveLength(CONSULTATION_PAGES);
  });

  test('a consultation closing today still takes comments (China’s date)', () => {
    const card = consultation(1, '2026-12-01', '2026-12-07');

    expect(openForComment(card, '2026-12-07')).toBe(true);
    expect(openForComment(card, '2026-12-08')).toBe(false);
  });

  test('says so when none is open, and leads to past ones, asking, applying and the guide', async () => {
    answerOk({ items: [] });
    render(<Interact />);

    expect(await screen.findByText('目前没有正在征求意见的草案')).toBeTruthy();
    for (const entry of [
      '全部征求意见',
      '我要留言',
      '申请信息公开',
      '政府信息公开指南',
      '负面清单',
    ])
      fireEvent.click(screen.getByText(entry));

    expect(opened()).toEqual([
      `navigateTo ${catalogueUrl({ kind: 'consultation' })}`,
      `navigateTo ${ASK_URL}`,
      `navigateTo ${APPLY_URL}`,
      `navigateTo ${DISCLOSURE_GUIDE_URL}`,
      `navigateTo ${NEGATIVE_LIST_URL}`,
    ]);
  });
});

describe('我的', () => {
  test('gathers one’s questions, applications, comments and subscriptions, and the staff entrance', () => {
    render(<Mine />);

    for (const entry of ['我的留言', '我的申请', '我的意见', '我的订阅', '工作人员入口'])
      fireEvent.click(screen.getByText(entry));

    expect(opened()).toEqual([
      `navigateTo ${MY_QUESTIONS_URL}`,
      `navigateTo ${MY_APPLICATIONS_URL}`,
      `navigateTo ${MY_COMMENTS_URL}`,
      `navigateTo ${MY_SUBSCRIPTIONS_URL}`,
      `navigateTo ${STAFF_HOME_URL}`,
    ]);
    // Nothing is read: each list loads on its own page.
    expect(requestedUrls()).toEqual([]);
  });

  test('switches large text on for every page, and shows it is on', () => {
    const { container } = render(<Mine />);

    fireEvent.click(screen.getByText('大字模式'));

    expect(container.querySelector('.mine.large-text')).not.toBeNull();
    expect(screen.getByText('已开启')).toBeTruthy();
    expect(readLargeText()).toBe(true);
  });

  test('opens the privacy statement: what is kept, who sees it, for how long', () => {
    render(<Mine />);
    expect(screen.queryByText(PRIVACY_STATEMENT[0]!)).toBeNull();

    fireEvent.click(screen.getByText('隐私说明'));

    for (const paragraph of PRIVACY_STATEMENT) expect(screen.getByText(paragraph)).toBeTruthy();
    expect(PRIVACY_STATEMENT.join('')).toContain('答复后 2 年');
  });

  test('says staff handling a matter see its personal data, their exported comment sheet included, and no public page does', () => {
    render(<Mine />);

    fireEvent.click(screen.getByText('隐私说明'));

    // The staff export of a consultation's comments holds the name and contact a commenter left
    // (docs/features/personal-data.md): the statement promises no more than that.
    expect(
      screen.getByText(
        '您在留言、信息公开申请和征求意见中填写的姓名、联系方式、地址和证件号码，只用于办理该事项，仅负责办理的工作人员可见（含其导出的意见表），不会公开，也不会出现在任何公开页面。',
      ),
    ).toBeTruthy();
    expect(PRIVACY_STATEMENT.join('')).not.toContain('导出中');
  });

  test('says in 关于 whose mini-program it is and which version', () => {
    process.env.APP_VERSION = '0.1.0';
    try {
      render(<Mine />);

      expect(screen.getByText(/长治市公安局上党分局的政务公开小程序/)).toBeTruthy();
      expect(screen.getByText('版本 0.1.0')).toBeTruthy();
    } finally {
      delete process.env.APP_VERSION;
    }
  });
});
