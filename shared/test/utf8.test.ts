import { customTopicKey, topicLabel } from '../src';
import { utf8Bytes, utf8Text } from '../src/utf8';

describe('UTF-8 without TextEncoder (the WeChat runtime has none)', () => {
  test.each(['消防', 'a-b', '出入境 Exit', '𠮷野家', 'é'])(
    '%s encodes as TextEncoder does and decodes back',
    (text) => {
      expect(utf8Bytes(text)).toEqual([...new TextEncoder().encode(text)]);
      expect(utf8Text(utf8Bytes(text))).toBe(text);
    },
  );

  test('bytes that are not UTF-8 decode to nothing', () => {
    expect(utf8Text([0xbe, 0xd3])).toBeUndefined();
    expect(utf8Text([0xe6, 0xb6])).toBeUndefined();
  });

  test('an added topic is named from its key alone; a foreign key is shown as it is', () => {
    expect(topicLabel(customTopicKey('消防'))).toBe('消防');
    expect(topicLabel('traffic')).toBe('交通管理');
    expect(topicLabel('c-bed3')).toBe('c-bed3');
  });
});
