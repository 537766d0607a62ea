import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import {
  LIBRARY_RELEASES,
  type MySubscriptionsView,
  type SubscribeOutcomeView,
  type SubscriptionOptionsView,
} from '@sunshine/shared';
import { SubscribeButton } from '../src/components/subscribe-button';
import MySubscriptions from '../src/pages/my-subscriptions/index';
import { saveDevIdentity, saveSession } from '../src/services/session';
import { forgetSubscriptionOptions } from '../src/services/subscriptions';

const request = Taro.request as unknown as jest.Mock;
type Sent = { url: string; method?: string; data?: Record<string, unknown> };
const sent = () => request.mock.calls.map(([options]) => options as Sent);
const paths = () =>
  sent().map(
    (options) => `${options.method ?? 'GET'} ${options.url.replace(/^https?:\/\/[^/]+/, '')}`,
  );

const OPTIONS: SubscriptionOptionsView = {
  topics: [{ topic: 'category:decision', label: '决策公开', group: 'category' }],
  templates: [
    { kind: 'release', templateId: 'TPL_POLICY_RELEASE', longTerm: false },
    { kind: 'reply', templateId: 'TPL_REPLY', longTerm: false },
  ],
};
const subscription = (overrides = {}) => ({
  topic: 'category:decision',
  label: '决策公开',
  kind: 'release',
  templateId: 'TPL_POLICY_RELEASE',
  longTerm: false,
  credits: 1,
  since: '2026-11-27T02:00:00.000Z',
  ...overrides,
});
const OPENID = 'oSandboxOpenidOfResident00001';

/** Answer each request by its method and path, as the API and the sandbox would. */
function serve(routes: Record<string, (body: Record<string, unknown> | undefined) => unknown>) {
  request.mockImplementation(({ url, method = 'GET', data }: Sent) => {
    const key = `${method} ${url.replace(/^https?:\/\/[^/]+/, '').split('?')[0]}`;
    const answer = routes[key];
    if (!answer)
      return Promise.resolve({
        statusCode: 404,
        data: { ok: false, error: { code: 'ROUTE_NOT_FOUND', message: '接口不存在' } },
      });
    const body = answer(data);
    return Promise.resolve({
      statusCode: 200,
      data: key.startsWith('POST /sandbox/') ? body : { ok: true, data: body },
    });
  });
}

const outcome = (overrides: Partial<SubscribeOutcomeView> = {}): SubscribeOutcomeView => ({
  subscribed: [subscription() as never],
  notSubscribed: [],
  message: '订阅成功，有新消息时将通过微信通知您',
  ...overrides,
});

beforeEach(() => {
  request.mockReset();
  (Taro.navigateTo as jest.Mock).mockClear();
  Taro.clearStorageSync();
  forgetSubscriptionOptions();
  process.env.TARO_ENV = 'h5';
  process.env.TARO_APP_DEV_SIGN_IN = 'true';
  saveSession({ token: 't', expiresAt: Date.now() + 3600_000, user: { userId: 'u', roles: [] } });
  saveDevIdentity('resident-1');
});

afterAll(() => {
  process.env.TARO_ENV = 'h5';
  delete process.env.TARO_APP_DEV_SIGN_IN;
});

describe('SubscribeButton in the H5 build', () => {
  test('允许 in the stand-in dialog: the sandbox grants the template to the signed-in identity, then the accept is recorded', async () => {
    serve({
      'GET /v1/subscriptions/options': () => OPTIONS,
      'POST /sandbox/login-code': () => ({ code: 'c', openid: OPENID, expires_in: 300 }),
      'POST /sandbox/subscribe': (body) => ({ ...body, credits: 1 }),
      'POST /v1/me/subscriptions': () => outcome(),
    });
    render(<SubscribeButton topic='category:decision' />);
    expect(request).not.toHaveBeenCalled();
    // The button says what will arrive, in the shared words (subscriptionWords).
    expect(screen.getByText(LIBRARY_RELEASES)).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('订阅「决策公开」')));
    expect(screen.getByText(`接收「决策公开」${LIBRARY_RELEASES}通知`)).toBeTruthy();
    expect(screen.getByText('政务信息发布通知（一次）')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('允许')));

    expect(
      await screen.findByText('订阅成功，有新消息时将通过微信通知您（还可接收 1 次）'),
    ).toBeTruthy();
    expect(paths()).toEqual([
      'GET /v1/subscriptions/options',
      'POST /sandbox/login-code',
      'POST /sandbox/subscribe',
      'POST /v1/me/subscriptions',
    ]);
    expect(sent()[1]!.data).toEqual({ identity: 'resident-1' });
    expect(sent()[2]!.data).toEqual({ openid: OPENID, template_id: 'TPL_POLICY_RELEASE' });
    expect(sent()[3]!.data).toEqual({
      clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
      topics: ['category:decision'],
      results: [{ templateId: 'TPL_POLICY_RELEASE', result: 'accept' }],
    });
    expect(screen.queryByText('允许')).toBeNull();
  });

  test('拒绝: nothing is granted, the refusal is still recorded, and the answer says nothing was subscribed', async () => {
    serve({
      'GET /v1/subscriptions/options': () => OPTIONS,
      'POST /v1/me/subscriptions': () =>
        outcome({
          subscribed: [],
          notSubscribed: ['urgent'],
          message: '您未允许接收通知，本次未订阅',
        }),
    });
    render(<SubscribeButton topic='urgent' />);
    expect(screen.getByText('发布紧急通告时提醒您')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('订阅紧急通告')));
    await act(async () => fireEvent.click(screen.getByText('拒绝')));

    expect(await screen.findByText('您未允许接收通知，本次未订阅')).toBeTruthy();
    expect(paths()).toEqual(['GET /v1/subscriptions/options', 'POST /v1/me/subscriptions']);
    expect(sent()[1]!.data).toEqual({
      clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
      topics: ['urgent'],
      results: [{ templateId: 'TPL_POLICY_RELEASE', result: 'reject' }],
    });
  });

  test('sends a person not signed in to sign in first, before any request', async () => {
    Taro.clearStorageSync();
    render(<SubscribeButton topic='question:01HTEST0000000000000000Q01' />);

    fireEvent.click(screen.getByText('答复后提醒我'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/sign-in/index' });
    expect(request).not.toHaveBeenCalled();
  });
});

describe('SubscribeButton in the WeChat build', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  test("opens WeChat's prompt in the tap itself, with the ids loaded before, and records every answer", async () => {
    const prompt = jest.fn(() =>
      Promise.resolve({ errMsg: 'requestSubscribeMessage:ok', TPL_REPLY: 'accept' }),
    );
    (Taro as unknown as { requestSubscribeMessage: unknown }).requestSubscribeMessage = prompt;
    serve({
      'GET /v1/subscriptions/options': () => OPTIONS,
      'POST /v1/me/subscriptions': () =>
        outcome({
          subscribed: [
            subscription({
              topic: 'question:01HTEST0000000000000000Q01',
              label: '留言答复提醒',
              kind: 'reply',
              templateId: 'TPL_REPLY',
              credits: 2,
            }) as never,
          ],
        }),
    });
    render(<SubscribeButton topic='question:01HTEST0000000000000000Q01' />);
    await act(async () => undefined);
    expect(paths()).toEqual(['GET /v1/subscriptions/options']);

    fireEvent.click(screen.getByText('答复后提醒我'));
    // Synchronously, in the tap: WeChat refuses the prompt after anything awaited.
    expect(prompt).toHaveBeenCalledWith({ tmplIds: ['TPL_REPLY'] });

    expect(
      await screen.findByText('订阅成功，有新消息时将通过微信通知您（还可接收 2 次）'),
    ).toBeTruthy();
    expect(sent().at(-1)!.data).toEqual({
      clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
      topics: ['question:01HTEST0000000000000000Q01'],
      results: [{ templateId: 'TPL_REPLY', result: 'accept' }],
    });
  });

  test('a template WeChat left out of its answer counts as refused; the home page loads no ids before its first screen', async () => {
    const prompt = jest.fn(() => Promise.resolve({ errMsg: 'requestSubscribeMessage:ok' }));
    (Taro as unknown as { requestSubscribeMessage: unknown }).requestSubscribeMessage = prompt;
    serve({
      'GET /v1/subscriptions/options': () => OPTIONS,
      'POST /v1/me/subscriptions': () =>
        outcome({
          subscribed: [],
          notSubscribed: ['urgent'],
          message: '您未允许接收通知，本次未订阅',
        }),
    });
    const { rerender } = render(<SubscribeButton topic='urgent' prefetch={false} />);
    await act(async () => undefined);
    expect(request).not.toHaveBeenCalled();

    rerender(<SubscribeButton topic='urgent' prefetch />);
    await act(async () => undefined);
    fireEvent.click(screen.getByText('订阅紧急通告'));

    expect(await screen.findByText('您未允许接收通知，本次未订阅')).toBeTruthy();
    expect(sent().at(-1)!.data).toEqual({
      clientKey: expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/),
      topics: ['urgent'],
      results: [{ templateId: 'TPL_POLICY_RELEASE', result: 'reject' }],
    });
  });
});

describe('我的订阅', () => {
  const mine = (topics: unknown[]): MySubscriptionsView => ({
    topics: topics as never,
    templates: [],
  });

  test('lists each topic with the messages it may still bring, and cancels one after confirming', async () => {
    serve({
      'GET /v1/me/subscriptions': () =>
        mine([
          subscription(),
          subscription({ topic: 'urgent', label: '紧急通告', credits: 0 }),
          subscription({
            topic: 'office:traffic',
            label: '交通警察大队',
            longTerm: true,
            credits: 0,
          }),
        ]),
      'DELETE /v1/me/subscriptions/category%3Adecision': () =>
        mine([subscription({ topic: 'urgent', label: '紧急通告', credits: 0 })]),
    });
    render(<MySubscriptions />);

    expect(await screen.findByText('还可接收 1 次')).toBeTruthy();
    expect(screen.getByText('已无剩余次数')).toBeTruthy();
    expect(screen.getByText('长期订阅')).toBeTruthy();
    expect(screen.getAllByText('再次订阅')).toHaveLength(2);

    await act(async () => fireEvent.click(screen.getAllByText('取消订阅')[0]!));

    expect(Taro.showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: '不再接收「决策公开」的通知？' }),
    );
    expect(paths()).toContain('DELETE /v1/me/subscriptions/category%3Adecision');
    expect(screen.queryByText('决策公开')).toBeNull();
    expect(screen.getByText('紧急通告')).toBeTruthy();
  });

  test('a topic subscription is listed by its name, and 再次订阅 says what it brings', async () => {
    serve({
      'GET /v1/me/subscriptions': () =>
        mine([subscription({ topic: 'topic:exit-entry', label: '出入境', credits: 0 })]),
      'GET /v1/subscriptions/options': () => OPTIONS,
    });
    render(<MySubscriptions />);

    expect(await screen.findByText('出入境')).toBeTruthy();
    expect(screen.getByText('再次订阅')).toBeTruthy();
    expect(screen.getByText(LIBRARY_RELEASES)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('再次订阅')));
    expect(screen.getByText(`接收「出入境」${LIBRARY_RELEASES}通知`)).toBeTruthy();
  });

  test('keeps a subscription when the person thinks better of cancelling', async () => {
    serve({ 'GET /v1/me/subscriptions': () => mine([subscription()]) });
    (Taro.showModal as jest.Mock).mockResolvedValueOnce({
      errMsg: 'showModal:ok',
      confirm: false,
      cancel: true,
    });
    render(<MySubscriptions />);
    await screen.findByText('决策公开');

    await act(async () => fireEvent.click(screen.getByText('取消订阅')));

    expect(paths().some((path) => path.startsWith('DELETE'))).toBe(false);
    expect(screen.getByText('决策公开')).toBeTruthy();
  });

  test('subscribing again shows the new count in place', async () => {
    serve({
      'GET /v1/me/subscriptions': () => mine([subscription({ credits: 0 })]),
      'GET /v1/subscriptions/options': () => OPTIONS,
      'POST /sandbox/login-code': () => ({ code: 'c', openid: OPENID }),
      'POST /sandbox/subscribe': () => ({ credits: 1 }),
      'POST /v1/me/subscriptions': () => outcome(),
    });
    render(<MySubscriptions />);
    await screen.findByText('已无剩余次数');

    await act(async () => fireEvent.click(screen.getByText('再次订阅')));
    await act(async () => fireEvent.click(screen.getByText('允许')));

    expect(await screen.findByText('还可接收 1 次')).toBeTruthy();
  });

  test('says so when there is none, and asks an H5 visitor to sign in first', async () => {
    serve({ 'GET /v1/me/subscriptions': () => mine([]) });
    const { unmount } = render(<MySubscriptions />);
    expect(await screen.findByText('您还没有订阅任何通知')).toBeTruthy();
    unmount();

    request.mockReset();
    request.mockResolvedValue({
      statusCode: 401,
      data: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } },
    });
    Taro.clearStorageSync();
    render(<MySubscriptions />);
    expect(await screen.findByText('请先登录后查看我的订阅')).toBeTruthy();
  });
});
