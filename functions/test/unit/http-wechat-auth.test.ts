import { HttpWeChatAuth } from '../../src/adapters/wechat/http-wechat-auth';
import { WeChatError } from '../../src/ports/wechat-auth';

const config = { baseUrl: 'http://wechat.invalid', appid: 'wx-app', secret: 'secret' };

describe('HttpWeChatAuth', () => {
  test('an unreachable WeChat is "busy": tried twice, then a WeChatError with errcode -1', async () => {
    const fetch = jest.fn().mockRejectedValue(new TypeError('fetch failed'));
    const auth = new HttpWeChatAuth({ ...config, fetch });

    const result = auth.code2session('code');

    await expect(result).rejects.toBeInstanceOf(WeChatError);
    await expect(result).rejects.toMatchObject({ errcode: -1 });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('answers the openid and drops the session key', async () => {
    const fetch = jest
      .fn()
      .mockResolvedValue(new Response(JSON.stringify({ openid: 'o-1', session_key: 'k' })));

    await expect(new HttpWeChatAuth({ ...config, fetch }).code2session('code')).resolves.toEqual({
      openid: 'o-1',
      unionid: undefined,
    });
  });
});
