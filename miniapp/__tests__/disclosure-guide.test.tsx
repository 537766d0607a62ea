import { act, fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import DisclosureGuide from '../src/pages/disclosure-guide/index';
import Apply from '../src/pages/apply/index';
import Interact from '../src/pages/interact/index';
import { forgetBureau } from '../src/services/bureau';
import { otherBureau } from './bureau-fixture';
import { ContentCard } from '../src/components/content-card';
import { answerError, answerOk, requestedUrls, summary } from './fixtures';

const request = Taro.request as unknown as jest.Mock;
const navigateTo = Taro.navigateTo as unknown as jest.Mock;

beforeEach(() => {
  request.mockReset();
  navigateTo.mockClear();
  forgetBureau();
});

const text = () => document.body.textContent ?? '';

describe('政府信息公开指南', () => {
  test("states the bureau's own disclosure office, offices, remedies and update date from its profile", async () => {
    answerOk(otherBureau());

    render(<DisclosureGuide />);

    expect(await screen.findByText('平遥县公安局政府信息公开指南')).toBeTruthy();
    expect(requestedUrls()).toEqual(['http://api.test/v1/bureau']);
    // China date of 2026-03-04T16:30Z.
    expect(screen.getByText('更新日期：2026-03-05')).toBeTruthy();
    for (const fact of [
      '平遥县公安局政务公开办',
      '平遥县古陶镇政府街 1 号三楼',
      '031100',
      '周一至周五 8:00–12:00',
      '0354-3333333',
      'gk@pingyao.example.cn',
      '消防监督大队',
      '电话：0354-2222222',
    ])
      expect(text()).toContain(fact);
    expect(text()).toContain('邮寄至平遥县古陶镇政府街 1 号三楼，邮政编码 031100');
    expect(text()).toContain('60 日内，向平遥县人民政府申请');
    expect(text()).toContain('6 个月内，向平遥县人民法院提起');
    // An empty fax is left out rather than shown blank.
    expect(text()).not.toContain('传真');
    // The 索引号 form with the bureau's code, and nothing of the demo bureau.
    expect(text()).toMatch(/11341702486344515H\/\d{4}-00001/);
    expect(text()).not.toContain('上党');
  });

  test('has the seven sections, the fee tiers of 109号 and the links to apply and to the negative list', async () => {
    answerOk(otherBureau());
    render(<DisclosureGuide />);
    await screen.findByText('平遥县公安局政府信息公开指南');

    for (const title of [
      '一、信息的分类与编排',
      '二、获取主动公开信息的方式',
      '三、依申请公开',
      '四、政府信息公开工作机构',
      '五、收费',
      '六、监督和救济',
      '七、不予公开的信息（负面清单）',
    ])
      expect(screen.getByText(title)).toBeTruthy();
    expect(text()).toContain('11—30件的部分：100元/件');
    expect(text()).toContain('201页以上的部分：40元/页');

    await act(async () => fireEvent.click(screen.getByText('在线申请信息公开')));
    await act(async () => fireEvent.click(screen.getByText('查看负面清单')));
    expect(navigateTo.mock.calls.map(([options]) => options.url)).toEqual([
      '/pages/apply/index',
      '/pages/negative-list/index',
    ]);
  });

  test('before an admin saved a profile, it says so and offers to try again', async () => {
    answerError(404, 'NOT_FOUND', '机关信息尚未录入，请管理员在「机关信息」页录入后再查看');

    render(<DisclosureGuide />);

    expect(
      await screen.findByText('机关信息尚未录入，请管理员在「机关信息」页录入后再查看'),
    ).toBeTruthy();
    expect(screen.getByText('重新加载')).toBeTruthy();
  });

  test('is reached from the 互动 tab and from the application form', async () => {
    answerOk({ items: [] });
    render(<Interact />);
    await act(async () => fireEvent.click(await screen.findByText('政府信息公开指南')));
    render(<Apply />);
    await act(async () => fireEvent.click(screen.getByText('申请前请阅读《政府信息公开指南》')));

    expect(navigateTo.mock.calls.map(([options]) => options.url)).toEqual([
      '/pages/disclosure-guide/index',
      '/pages/disclosure-guide/index',
    ]);
  });
});

describe("office names from the bureau's profile", () => {
  test('a card of a built-in office is named without reading the profile', async () => {
    render(<ContentCard item={summary(1, { office: 'population' })} />);

    expect(await screen.findByText(/人口管理大队/)).toBeTruthy();
    expect(requestedUrls()).toEqual([]);
  });

  test('a card of an office added since reads the profile once, names it, and keeps it for the next launch', async () => {
    answerOk(otherBureau());

    render(<ContentCard item={summary(1, { office: 'fire' })} />);

    expect(await screen.findByText(/消防监督大队/)).toBeTruthy();
    expect(requestedUrls()).toEqual(['http://api.test/v1/bureau']);
    expect((Taro.getStorageSync('sunshine.bureau') as { name: string }).name).toBe('平遥县公安局');
  });
});
