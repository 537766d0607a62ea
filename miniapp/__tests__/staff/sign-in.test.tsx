import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import SignIn from '../../src/packages/staff/pages/sign-in/index';
import { ApiError } from '../../src/services/api-error';
import * as auth from '../../src/services/auth';
import { byPlaceholder, resetMocksOf, typeInto } from './interact';

jest.mock('../../src/services/auth');

const HOME = { url: '/packages/staff/pages/home/index' };

beforeEach(() => {
  jest.clearAllMocks();
  resetMocksOf(auth);
  process.env.TARO_APP_DEV_SIGN_IN = 'true';
});

afterAll(() => {
  delete process.env.TARO_APP_DEV_SIGN_IN;
});

describe('SignIn', () => {
  test('offers the four test identities in H5 development and signs in as the one tapped', async () => {
    jest
      .mocked(auth.signInAs)
      .mockResolvedValue({ token: 't', expiresAt: 0, user: { userId: 'u', roles: ['editor'] } });
    render(<SignIn />);
    for (const label of ['演示管理员', '演示编辑', '演示审核', '群众'])
      expect(screen.getByText(new RegExp(`^${label}（`))).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('演示编辑（demo-editor）')));

    expect(auth.signInAs).toHaveBeenCalledWith('demo-editor');
    expect(Taro.redirectTo).toHaveBeenCalledWith(HOME);
  });

  test('signs in as another identity typed in', async () => {
    jest
      .mocked(auth.signInAs)
      .mockResolvedValue({ token: 't', expiresAt: 0, user: { userId: 'u', roles: [] } });
    render(<SignIn />);

    await typeInto(byPlaceholder('其他测试身份，如 resident-2'), ' resident-9 ');
    await act(async () => fireEvent.click(screen.getByText('以此身份登录')));

    expect(auth.signInAs).toHaveBeenCalledWith('resident-9');
    expect(Taro.redirectTo).toHaveBeenCalledWith(HOME);
  });

  test('shows the reason when signing in fails and stays on the page', async () => {
    jest.mocked(auth.signInAs).mockRejectedValue(new ApiError('UPSTREAM_BUSY'));
    render(<SignIn />);

    await act(async () => fireEvent.click(screen.getByText('演示管理员（demo-admin）')));

    expect(screen.getByText('微信服务繁忙，请稍后重试')).toBeTruthy();
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  test('offers WeChat sign-in when development sign-in is off', async () => {
    process.env.TARO_APP_DEV_SIGN_IN = 'false';
    jest
      .mocked(auth.signIn)
      .mockResolvedValue({ token: 't', expiresAt: 0, user: { userId: 'u', roles: [] } });
    render(<SignIn />);
    expect(screen.queryByText('演示管理员（demo-admin）')).toBeNull();

    await act(async () => fireEvent.click(screen.getByText('微信登录')));

    expect(auth.signIn).toHaveBeenCalled();
    expect(Taro.redirectTo).toHaveBeenCalledWith(HOME);
  });
});
