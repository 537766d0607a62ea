import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import Home from '../src/pages/index/index';
import ContentDetail from '../src/pages/content/detail';
import { saveSession } from '../src/services/session';
import { answerOk, contentView, interpretation, policyDocument, summary } from './fixtures';

const request = Taro.request as unknown as jest.Mock;
const useRouter = Taro.useRouter as unknown as jest.Mock;

beforeEach(() => {
  request.mockReset();
  Taro.clearStorageSync();
  useRouter.mockReturnValue({ params: { id: summary(1).id }, path: '/pages/content/detail' });
});

describe('was this helpful?', () => {
  test('a signed-in resident votes once; the counts and the choice show', async () => {
    saveSession({
      token: 'resident-token',
      expiresAt: Date.now() + 3600_000,
      user: { userId: 'u', roles: [] },
    });
    answerOk(contentView(interpretation(), { helpful: { yes: 4, no: 1 } }));
    render(<ContentDetail />);
    expect(await screen.findByText('以上内容对您有帮助吗？')).toBeTruthy();

    answerOk({ yes: 5, no: 1, mine: true });
    await act(async () => fireEvent.click(screen.getByText('有帮助')));

    expect(await screen.findByText('感谢您的反馈')).toBeTruthy();
    expect(screen.getByText('5')).toBeTruthy();
    const [options] = request.mock.calls[1] as [
      { url: string; method: string; data: unknown; header: Record<string, string> },
    ];
    expect(options).toMatchObject({
      url: `http://api.test/v1/content/${summary(1).id}/helpful`,
      method: 'PUT',
      data: { helpful: true },
    });
    expect(options.header.authorization).toBe('Bearer resident-token');
  });

  test('a second tap on the chosen answer sends nothing more', async () => {
    saveSession({ token: 't', expiresAt: Date.now() + 3600_000, user: { userId: 'u', roles: [] } });
    answerOk(contentView(interpretation(), { helpful: { yes: 0, no: 0 } }));
    render(<ContentDetail />);
    const option = await screen.findByText('没帮助');
    answerOk({ yes: 0, no: 1, mine: false });
    await act(async () => fireEvent.click(option));
    await screen.findByText('感谢您的反馈');

    await act(async () => fireEvent.click(screen.getByText('没帮助')));

    expect(request).toHaveBeenCalledTimes(2);
  });

  test('is not asked of a document', async () => {
    answerOk(contentView(policyDocument()));
    render(<ContentDetail />);
    await screen.findByText('二、推进政务阳光透明');

    expect(screen.queryByText('以上内容对您有帮助吗？')).toBeNull();
  });
});

describe('large-text mode (适老化)', () => {
  test('switches on from the home page, is remembered, and enlarges every page', async () => {
    answerOk({ items: [summary(1)] });
    const { container, unmount } = render(<Home />);
    await screen.findByText('政策解读标题 1');
    expect(container.querySelector('.large-text')).toBeNull();

    fireEvent.click(screen.getByText('大字模式'));

    expect(container.querySelector('.home.large-text')).not.toBeNull();
    expect(screen.getByText('标准字号')).toBeTruthy();
    unmount();
    answerOk(contentView(interpretation()));
    const detail = render(<ContentDetail />);
    await screen.findByText('贯彻落实政务公开工作考核方案');
    expect(detail.container.querySelector('.content-detail.large-text')).not.toBeNull();
  });
});

describe('graphics, audio and video of an interpretation', () => {
  test('an image is shown with its description for screen readers, a video with its title', async () => {
    const media = [
      {
        kind: 'image' as const,
        url: 'https://media.example.cn/media/a.png',
        alt: '办理流程：预约、取号、受理、领证',
      },
      {
        kind: 'video' as const,
        url: 'https://media.example.cn/media/b.mp4',
        title: '三分钟看懂养犬登记',
      },
    ];
    answerOk(contentView(interpretation({ format: 'graphic', media })));

    const { container } = render(<ContentDetail />);

    expect(await screen.findByText('三分钟看懂养犬登记')).toBeTruthy();
    expect(screen.getAllByText('图解')).toHaveLength(2); // the format tag and the section title
    expect(container.querySelector('taro-image-core')?.getAttribute('aria-label')).toBe(
      media[0]!.alt,
    );
    expect(container.querySelector('taro-video-core')).not.toBeNull();
  });
});
