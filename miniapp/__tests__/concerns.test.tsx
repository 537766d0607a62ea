import { act, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { PublicConcernView } from '@sunshine/shared';
import { ConcernBanner } from '../src/components/concern-banner';
import Home from '../src/pages/index/index';
import Concern from '../src/pages/concern/index';
import { forgetBureau } from '../src/services/bureau';
import { forgetOpenConcerns, OPEN_CONCERNS_TTL_MS } from '../src/services/concerns';
import { answerOk, requestedUrls, summary } from './fixtures';

const request = Taro.request as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;

const CONCERN_ID = '01HTESTC0NCERN000000000001';
const OPEN_URL = 'http://api.test/v1/concerns/open';
const BANNER = { id: CONCERN_ID, title: '某路段交通事故', arisenAt: '2026-12-07T01:00:00.000Z' };

const concern = (overrides: Partial<PublicConcernView> = {}): PublicConcernView => ({
  id: CONCERN_ID,
  title: '某路段交通事故',
  level: 'major',
  levelLabel: '重大突发事件',
  officeName: '交通管理大队',
  arisenAt: '2026-12-07T01:00:00.000Z',
  status: 'open',
  entries: [],
  ...overrides,
});

const entry = (n: number, entryKind: 'first_release' | 'update' | 'rebuttal', at: string) => ({
  itemId: `01HTESTENTRY00000000000${n}`,
  kind: 'notice' as const,
  entry: entryKind,
  entryLabel: { first_release: '首次权威发布', update: '进展通报', rebuttal: '辟谣' }[entryKind],
  title: `通报 ${n}`,
  publishedAt: at,
});

/** Answer each request by its path, so the order the page asks in does not matter. */
function answerByPath(answers: Record<string, unknown>) {
  request.mockImplementation(({ url }: { url: string }) => {
    const path = url.replace('http://api.test', '').split('?')[0]!;
    return Promise.resolve({ statusCode: 200, data: { ok: true, data: answers[path] } });
  });
}

/** The thread's steps as read, top to bottom. */
const threadSteps = () =>
  Array.from(document.querySelectorAll('.concern-thread__step')).map((step) => step.textContent);

beforeEach(() => {
  request.mockReset();
  forgetBureau();
  forgetOpenConcerns();
  (Taro.navigateTo as jest.Mock).mockClear();
  useRouter.mockReturnValue({ params: {}, path: '/' });
});

afterEach(() => jest.restoreAllMocks());

describe('the 重大关切 banner', () => {
  test("reads the open concerns only once the home page's first screen has loaded", async () => {
    let loadLatest: (value: unknown) => void = () => undefined;
    request.mockImplementationOnce(() => new Promise((resolve) => (loadLatest = resolve)));
    answerOk([BANNER]);
    render(<Home />);
    await act(async () => undefined);

    // The first screen's request is on its way: nothing else has been asked yet.
    expect(requestedUrls()).toEqual(['http://api.test/v1/content?kind=interpretation&limit=5']);

    await act(async () =>
      loadLatest({ statusCode: 200, data: { ok: true, data: { items: [summary(1)] } } }),
    );

    expect(await screen.findByText('重大关切：某路段交通事故')).toBeTruthy();
    expect(requestedUrls()).toEqual([
      'http://api.test/v1/content?kind=interpretation&limit=5',
      OPEN_URL,
    ]);
  });

  test('opens the concern page when tapped', async () => {
    answerOk([BANNER]);
    render(<ConcernBanner ready />);

    (await screen.findByText('重大关切：某路段交通事故')).click();

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/concern/index?id=${CONCERN_ID}`,
    });
  });

  test('reuses its answer on the next page within a minute and reads again after it', async () => {
    const start = Date.parse('2026-12-07T02:00:00.000Z');
    const now = jest.spyOn(Date, 'now').mockReturnValue(start);
    answerOk([BANNER]);
    const first = render(<ConcernBanner ready />);
    await screen.findByText('重大关切：某路段交通事故');
    first.unmount();

    now.mockReturnValue(start + OPEN_CONCERNS_TTL_MS - 1);
    const second = render(<ConcernBanner ready />);
    await screen.findByText('重大关切：某路段交通事故');
    second.unmount();

    expect(requestedUrls()).toEqual([OPEN_URL]);

    // A minute later the concern has closed: the next page reads again and shows no banner.
    now.mockReturnValue(start + OPEN_CONCERNS_TTL_MS);
    answerOk([]);
    render(<ConcernBanner ready />);

    await waitFor(() => expect(requestedUrls()).toEqual([OPEN_URL, OPEN_URL]));
    await act(async () => undefined);
    expect(screen.queryByText(/重大关切/)).toBeNull();
  });

  test('shows nothing and stays silent when no major concern is open', async () => {
    answerOk([]);
    const { container } = render(<ConcernBanner ready />);

    await waitFor(() => expect(requestedUrls()).toEqual([OPEN_URL]));
    await act(async () => undefined);

    expect(container.textContent).toBe('');
  });
});

describe('the concern page', () => {
  test('shows the thread in time order with China times, whatever order it arrives in', async () => {
    useRouter.mockReturnValue({ params: { id: CONCERN_ID }, path: '/pages/concern/index' });
    answerByPath({
      [`/v1/concerns/${CONCERN_ID}`]: concern({
        entries: [
          entry(3, 'rebuttal', '2026-12-07T09:30:00.000Z'),
          entry(1, 'first_release', '2026-12-07T02:00:00.000Z'),
          entry(2, 'update', '2026-12-07T05:15:00.000Z'),
        ],
      }),
    });
    render(<Concern />);

    await screen.findByText('通报 1');
    const steps = threadSteps();

    expect(steps).toEqual([
      '事件发生2026-12-07 09:00某路段交通事故',
      '首次权威发布2026-12-07 10:00通报 1查看全文 ›',
      '进展通报2026-12-07 13:15通报 2查看全文 ›',
      '辟谣2026-12-07 17:30通报 3查看全文 ›',
    ]);
    expect(screen.getByText('关注此事进展')).toBeTruthy();
    expect(screen.getByText('交通管理大队 · 发生于 2026-12-07 09:00')).toBeTruthy();
  });

  test('once closed, shows the statement last and whether each clock was kept, and no follow button', async () => {
    useRouter.mockReturnValue({ params: { id: CONCERN_ID }, path: '/pages/concern/index' });
    answerByPath({
      [`/v1/concerns/${CONCERN_ID}`]: concern({
        status: 'closed',
        closedAt: '2026-12-08T02:00:00.000Z',
        statement: '事故已妥善处置，道路恢复通行。',
        entries: [entry(1, 'first_release', '2026-12-07T02:00:00.000Z')],
        clocks: [
          { label: '首次权威发布', state: 'met' },
          { label: '新闻发布会', state: 'late' },
        ],
      }),
    });
    render(<Concern />);

    await screen.findByText('首次权威发布：按时');
    const steps = threadSteps();

    expect(steps.at(-1)).toBe('结束回应2026-12-08 10:00事故已妥善处置，道路恢复通行。');
    expect(screen.getByText('新闻发布会：超时')).toBeTruthy();
    expect(screen.getByText('已结束')).toBeTruthy();
    expect(screen.queryByText('关注此事进展')).toBeNull();
  });

  test('is shared to a chat and to 朋友圈 under its title, with the path that reopens it', async () => {
    useRouter.mockReturnValue({ params: { id: CONCERN_ID }, path: '/pages/concern/index' });
    answerByPath({ [`/v1/concerns/${CONCERN_ID}`]: concern() });
    render(<Concern />);
    await screen.findByText('回应进展');

    const chat = (Taro.useShareAppMessage as jest.Mock).mock.calls.at(-1)![0] as () => unknown;
    const timeline = (Taro.useShareTimeline as jest.Mock).mock.calls.at(-1)![0] as () => unknown;

    expect(chat()).toEqual({
      title: '某路段交通事故',
      path: `/pages/concern/index?id=${CONCERN_ID}`,
    });
    expect(timeline()).toEqual({ title: '某路段交通事故', query: `id=${CONCERN_ID}` });
  });
});
