import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { customTopicKey, LIBRARY_RELEASES } from '@sunshine/shared';
import Catalogue from '../src/pages/catalogue/index';
import { forgetTopics } from '../src/services/content';
import { answerOk, requestedUrls } from './fixtures';

const request = Taro.request as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;
const FIRE = { key: customTopicKey('消防'), label: '消防', custom: true };

beforeEach(() => {
  request.mockReset();
  forgetTopics();
});

describe('topics staff added', () => {
  test('guides are browsed by an added topic as by a built-in one', async () => {
    useRouter.mockReturnValue({ params: { kind: 'guide' }, path: '/pages/catalogue/index' });
    answerOk({ items: [] });
    answerOk([{ key: 'household', label: '户籍管理', custom: false }, FIRE]);
    render(<Catalogue />);

    const chip = await screen.findByText('消防');
    answerOk({ items: [] });
    await act(async () => fireEvent.click(chip));

    expect(await screen.findByText('「消防」暂无已发布的办事指南')).toBeTruthy();
    // A topic may be followed like a category or an office, and its button says what will arrive.
    expect(screen.getByText('订阅「消防」')).toBeTruthy();
    expect(screen.getByText(LIBRARY_RELEASES)).toBeTruthy();
    expect(requestedUrls()[2]).toBe(
      `http://api.test/v1/content?kind=guide&topic=${FIRE.key}&limit=20`,
    );
  });

  test('a shared link to an added topic opens it, named from its key', async () => {
    useRouter.mockReturnValue({
      params: { kind: 'guide', topic: FIRE.key },
      path: '/pages/catalogue/index',
    });
    answerOk({ items: [] });
    answerOk([FIRE]);

    render(<Catalogue />);

    expect(await screen.findByText('「消防」暂无已发布的办事指南')).toBeTruthy();
  });
});
