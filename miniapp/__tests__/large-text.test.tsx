import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { LargeTextSwitch } from '../src/components/large-text-switch';
import { useLargeText } from '../src/hooks/use-large-text';
import Home from '../src/pages/index/index';
import { readLargeText, saveLargeText } from '../src/services/preferences';
import { answerOk, summary } from './fixtures';

const request = Taro.request as unknown as jest.Mock;

/** WeChat's 我 → 设置 → 通用 → 字体大小, as getAppBaseInfo reports it (17 is standard). */
const weChatFontSize = (fontSizeSetting: number) =>
  jest
    .spyOn(Taro, 'getAppBaseInfo')
    .mockReturnValue({ fontSizeSetting } as unknown as ReturnType<typeof Taro.getAppBaseInfo>);

/** A page root as every page writes it. */
function Page() {
  const { pageClass } = useLargeText();
  return <View className={`some-page${pageClass}`}>text</View>;
}

beforeEach(() => {
  request.mockReset();
  Taro.clearStorageSync();
  jest.restoreAllMocks();
});

describe('the first open follows WeChat’s text size (适老化)', () => {
  test('a text size above standard turns large text on', () => {
    weChatFontSize(20);

    expect(readLargeText()).toBe(true);
  });

  test('the standard text size leaves it off', () => {
    weChatFontSize(17);

    expect(readLargeText()).toBe(false);
  });

  test('the in-app switch, once used, wins over WeChat’s setting either way', () => {
    weChatFontSize(23);
    saveLargeText(false);
    expect(readLargeText()).toBe(false);

    weChatFontSize(17);
    saveLargeText(true);
    expect(readLargeText()).toBe(true);
  });

  test('an older WeChat without getAppBaseInfo is read through getSystemInfoSync', () => {
    const current = Taro.getAppBaseInfo;
    (Taro as { getAppBaseInfo?: unknown }).getAppBaseInfo = undefined;
    jest
      .spyOn(Taro, 'getSystemInfoSync')
      .mockReturnValue({ fontSizeSetting: 20 } as ReturnType<typeof Taro.getSystemInfoSync>);
    try {
      expect(readLargeText()).toBe(true);
    } finally {
      Taro.getAppBaseInfo = current;
    }
  });

  test('the H5 twin, which has no such setting, opens in standard text', () => {
    expect(readLargeText()).toBe(false);
  });

  test('the home page opens in large text for a resident whose WeChat text is large', async () => {
    weChatFontSize(20);
    answerOk({ items: [summary(1)] });

    const { container } = render(<Home />);
    await screen.findByText('政策解读标题 1');

    expect(container.querySelector('.home.large-text')).not.toBeNull();
    // The switch offers the way back: a tap returns to 标准字号.
    expect(screen.getByText('标准字号')).toBeTruthy();
  });
});

describe('LargeTextSwitch', () => {
  test('dropped on any page, a tap enlarges that page at once and is remembered', async () => {
    const { container } = render(
      <>
        <Page />
        <LargeTextSwitch tone='row' />
      </>,
    );
    expect(container.querySelector('.some-page.large-text')).toBeNull();
    expect(screen.getByText('已关闭')).toBeTruthy();

    await act(async () => fireEvent.click(screen.getByText('已关闭')));

    expect(container.querySelector('.some-page.large-text')).not.toBeNull();
    expect(screen.getByText('已开启')).toBeTruthy();
    expect(readLargeText()).toBe(true);
  });

  test('a second tap turns it off again', async () => {
    saveLargeText(true);
    const { container } = render(
      <>
        <Page />
        <LargeTextSwitch />
      </>,
    );

    await act(async () => fireEvent.click(screen.getByText('标准字号')));

    expect(container.querySelector('.some-page.large-text')).toBeNull();
    expect(screen.getByText('大字模式')).toBeTruthy();
  });
});
