import { OFFICE_LABELS, OFFICES } from '@sunshine/shared';
import {
  characterStringValue,
  codePointLength,
  cutToCodePoints,
  dateValue,
  phraseValue,
  thingValue,
  timeValue,
} from '../../src/domain/notifications/template-values';
import { releaseMessage, replyMessage } from '../../src/domain/notifications/messages';

// The sandbox's own rules are WeChat's as this project knows them: every built value must pass them.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { isValidValue } = require('../../../sandbox/wechat-rules') as {
  isValidValue: (key: string, value: string) => boolean;
};

const hasLoneSurrogate = (text: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('thing values (≤ 20 characters)', () => {
  test('a value of exactly 20 Chinese characters is kept whole', () => {
    const text = '关于进一步规范户籍迁移业务办理流程的通知'; // 20

    expect(codePointLength(text)).toBe(20);
    expect(thingValue(text)).toBe(text);
  });

  test('21 characters are cut to 19 and an ellipsis', () => {
    const text = `${'一'.repeat(20)}二`;

    expect(thingValue(text)).toBe(`${'一'.repeat(19)}…`);
    expect(codePointLength(thingValue(text))).toBe(20);
  });

  test('emoji outside the BMP count as one character and are never split into halves', () => {
    const text = '🚓'.repeat(25); // 25 code points, 50 UTF-16 units

    const value = thingValue(text);

    expect(value).toBe(`${'🚓'.repeat(19)}…`);
    expect(hasLoneSurrogate(value)).toBe(false);
    expect(isValidValue('thing1', value)).toBe(true);
  });

  test('an emoji sequence (family, skin tone) at the cut goes whole rather than in pieces', () => {
    const family = '👨‍👩‍👧'; // 5 code points joined by ZWJ
    const text = `${'政'.repeat(17)}${family}务`;

    const value = thingValue(text);

    expect(value).toBe(`${'政'.repeat(17)}…`);
    expect(value).not.toContain('\u200d');
  });

  test('an emoji sequence that fits is kept', () => {
    const text = `${'政'.repeat(10)}👍🏽`;

    expect(thingValue(text)).toBe(text);
  });

  test('a lone surrogate in input becomes a replacement character, never invalid text', () => {
    const value = thingValue('标题\ud83d结尾');

    expect(value).toBe('标题\ufffd结尾');
    expect(hasLoneSurrogate(value)).toBe(false);
  });

  test('line breaks and runs of spaces become one space; empty text gets a placeholder', () => {
    expect(thingValue('  第一行\n\n第二行\t 结束  ')).toBe('第一行 第二行 结束');
    expect(thingValue(' \n ')).toBe('（无）');
    expect(isValidValue('thing1', thingValue(''))).toBe(true);
  });

  test('mixed Latin and CJK is counted by characters, not bytes', () => {
    const text = 'ETC办理指南ABCDEFGHIJKLMNOP'; // 23 characters: 7, then 16 letters

    expect(thingValue(text)).toBe('ETC办理指南ABCDEFGHIJKL…');
  });

  test('cutToCodePoints leaves short text alone', () => {
    expect(cutToCodePoints('短', 5)).toBe('短');
  });
});

describe('phrase, character_string, date and time values', () => {
  test('phrase keeps at most 5 Chinese characters and nothing else', () => {
    expect(phraseValue('已回复')).toBe('已回复');
    expect(phraseValue('已受理，请等待结果')).toBe('已受理请等');
    expect(isValidValue('phrase3', phraseValue('已受理，请等待结果'))).toBe(true);
    expect(() => phraseValue('OK!')).toThrow();
  });

  test('character_string keeps printable ASCII up to 32', () => {
    expect(characterStringValue('ZX-2024-001')).toBe('ZX-2024-001');
    expect(characterStringValue(`编号A${'9'.repeat(40)}`)).toBe(`A${'9'.repeat(31)}`);
    expect(isValidValue('character_string1', characterStringValue('编号 A 1'))).toBe(true);
    expect(() => characterStringValue('编号')).toThrow();
  });

  test('time is 24-hour in China time, a day later when UTC is still the day before', () => {
    expect(timeValue('2024-06-01T01:05:00.000Z')).toBe('2024年6月1日 09:05');
    expect(timeValue('2024-12-31T16:30:00.000Z')).toBe('2025年1月1日 00:30');
    expect(timeValue(new Date('2024-06-01T14:59:00.000Z'))).toBe('2024年6月1日 22:59');
    expect(isValidValue('time2', timeValue('2024-12-31T16:30:00.000Z'))).toBe(true);
  });

  test('date is the China-time day', () => {
    expect(dateValue('2024-02-28T16:00:00.000Z')).toBe('2024年2月29日');
    expect(isValidValue('date4', dateValue('2024-02-28T16:00:00.000Z'))).toBe(true);
  });

  test('a time that is not one is refused', () => {
    expect(() => timeValue('yesterday')).toThrow();
  });
});

describe('message builders', () => {
  test('a release opens the released item and carries title, time and office', () => {
    const message = releaseMessage({
      openid: 'o-1',
      templateId: 'TPL_POLICY_RELEASE',
      item: {
        id: '01HZX3Y4ABCDEFGHJKMNPQRSTV',
        title: '关于调整城乡居民户籍迁移办理流程和所需材料的政策解读',
        publishedAt: '2024-06-01T02:00:00.000Z',
        officeName: '人口管理大队',
      },
    });

    expect(message).toEqual({
      openid: 'o-1',
      templateId: 'TPL_POLICY_RELEASE',
      page: 'pages/content/detail?id=01HZX3Y4ABCDEFGHJKMNPQRSTV',
      data: {
        thing1: { value: '关于调整城乡居民户籍迁移办理流程和所需…' },
        time2: { value: '2024年6月1日 10:00' },
        thing3: { value: '人口管理大队' },
      },
    });
  });

  test.each(OFFICES)('every built-in office label (%s) is a valid thing', (office) => {
    const message = releaseMessage({
      openid: 'o',
      templateId: 't',
      item: {
        id: 'x',
        title: 't',
        publishedAt: '2024-06-01T00:00:00.000Z',
        officeName: OFFICE_LABELS[office],
      },
    });

    expect(isValidValue('thing3', message.data.thing3!.value)).toBe(true);
  });

  test.each([
    ['question', 'pages/my-questions/index'],
    ['application', 'pages/my-applications/index'],
  ] as const)('a reply to a %s opens %s', (to, page) => {
    const message = replyMessage({
      openid: 'o-2',
      templateId: 'TPL_REPLY',
      reply: {
        to,
        subject: '新生儿落户需要哪些材料？😊',
        summary: '您好，新生儿落户需携带出生医学证明、父母户口簿及身份证原件到派出所办理。',
        repliedAt: '2024-06-03T08:30:00.000Z',
      },
    });

    expect(message.page).toBe(page);
    expect(message.data).toEqual({
      thing1: { value: '新生儿落户需要哪些材料？😊' },
      thing2: { value: '您好，新生儿落户需携带出生医学证明、父…' },
      time3: { value: '2024年6月3日 16:30' },
    });
    for (const [key, { value }] of Object.entries(message.data))
      expect(isValidValue(key, value)).toBe(true);
  });

  test('a reply with no summary still sends a valid value', () => {
    const message = replyMessage({
      openid: 'o',
      templateId: 't',
      reply: {
        to: 'application',
        subject: '申请公开',
        summary: '',
        repliedAt: '2024-06-03T08:30:00.000Z',
      },
    });

    expect(message.data.thing2!.value).toBe('已答复，请查看详情');
  });
});
