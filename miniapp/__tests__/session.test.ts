import Taro from '@tarojs/taro';
import { call, onSessionNeeded } from '../src/services/request';
import { readSession, saveSession } from '../src/services/session';

const request = Taro.request as unknown as jest.Mock;
const ok = (data: unknown, statusCode = 200) =>
  Promise.resolve({ statusCode, data: { ok: true, data } });
const unauthenticated = () =>
  Promise.resolve({
    statusCode: 401,
    data: { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录已过期，请重新登录' } },
  });
const headersSent = () =>
  request.mock.calls.map(([options]) => options.header.authorization as string | undefined);

let renewals = 0;

beforeEach(() => {
  request.mockReset();
  Taro.clearStorageSync();
  renewals = 0;
  onSessionNeeded(async () => {
    renewals++;
    const token = `renewed-${renewals}`;
    saveSession({ token, expiresAt: Date.now() + 2 * 3600_000, user: { userId: 'u', roles: [] } });
    return token;
  });
});

describe('the session on signed-in calls', () => {
  test('sends the stored token while it is fresh, and no token to public routes', async () => {
    saveSession({
      token: 'stored',
      expiresAt: Date.now() + 3600_000,
      user: { userId: 'u', roles: [] },
    });
    request
      .mockImplementationOnce(() => ok({ userId: 'u', roles: [] }))
      .mockImplementationOnce(() => ok({ items: [] }));

    await call('me');
    await call('listContent');

    expect(headersSent()).toEqual(['Bearer stored', undefined]);
    expect(renewals).toBe(0);
  });

  test('renews silently before a token about to expire is used', async () => {
    saveSession({ token: 'old', expiresAt: Date.now() + 60_000, user: { userId: 'u', roles: [] } });
    request.mockImplementationOnce(() => ok({ userId: 'u', roles: [] }));

    await call('me');

    expect(headersSent()).toEqual(['Bearer renewed-1']);
  });

  test('signs in again once when the server refuses the token, and retries the call', async () => {
    saveSession({
      token: 'revoked-on-server',
      expiresAt: Date.now() + 3600_000,
      user: { userId: 'u', roles: [] },
    });
    request
      .mockImplementationOnce(unauthenticated)
      .mockImplementationOnce(() => ok({ userId: 'u', roles: [] }));

    const me = await call('me');

    expect(me).toEqual({ userId: 'u', roles: [] });
    expect(headersSent()).toEqual(['Bearer revoked-on-server', 'Bearer renewed-1']);
    expect(readSession()?.token).toBe('renewed-1');
  });

  test('gives up after one retry, with the server message', async () => {
    saveSession({
      token: 'bad',
      expiresAt: Date.now() + 3600_000,
      user: { userId: 'u', roles: [] },
    });
    request.mockImplementation(unauthenticated);

    await expect(call('me')).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '登录已过期，请重新登录',
    });
    expect(request).toHaveBeenCalledTimes(2);
  });
});
