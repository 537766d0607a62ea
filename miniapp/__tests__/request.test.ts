import Taro from '@tarojs/taro';
import { ApiError } from '../src/services/api-error';
import { getContent, listContent } from '../src/services/content';
import { answerError, answerOk, failNetwork, requestedUrls, summary } from './fixtures';

beforeEach(() => (Taro.request as unknown as jest.Mock).mockReset());

describe('interpretation services', () => {
  test('build the URL from the route contract and unwrap the envelope', async () => {
    answerOk({ items: [summary(1)] });

    const page = await listContent({ category: 'decision', limit: 5 });

    expect(page.items).toHaveLength(1);
    expect(requestedUrls()).toEqual(['http://api.test/v1/content?category=decision&limit=5']);
  });

  test('turn an error envelope into an ApiError with the server message', async () => {
    answerError(404, 'NOT_FOUND', '该政策解读不存在或已撤回');

    await expect(getContent('x')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
      message: '该政策解读不存在或已撤回',
    });
  });

  test('turn a network failure into a NETWORK error residents can read', async () => {
    failNetwork();

    const error = await getContent('x').catch((caught) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' });
  });

  test('treat a body that is not an envelope as a server fault', async () => {
    (Taro.request as unknown as jest.Mock).mockResolvedValueOnce({
      statusCode: 502,
      data: '<html>Bad Gateway</html>',
    });

    await expect(listContent()).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});
