import { anonymize } from '../../src/domain/questions/anonymize';

describe('anonymize', () => {
  test.each([
    ['a mobile number', '请回电 13812345678 谢谢', '请回电 *** 谢谢'],
    [
      'a mobile number written in groups',
      '电话 138-1234-5678 或 +86 139 1234 5678',
      '电话 *** 或 ***',
    ],
    ['a landline with its area code', '座机 010-12345678，或 (0731)8888888', '座机 ***，或 ***'],
    ['a landline without area code', '家里电话 87654321', '家里电话 ***'],
    ['an 18-character identity number', '身份证号 110101199003071234 丢了', '身份证号 *** 丢了'],
    ['an identity number ending in X', '证件 11010119900307123X。', '证件 ***。'],
    ['an email address', '发到 zhang.san+gov@example.com.cn 吧', '发到 *** 吧'],
    ['a surname with 先生 or 女士', '李女士您好，王先生的事已转交', '***您好，***的事已转交'],
    ['a name given as 我叫', '我叫张三丰，想问户口迁移', '我叫***，想问户口迁移'],
  ])('hides %s', (_, text, expected) => {
    expect(anonymize(text)).toBe(expected);
  });

  test('hides the name and phone the resident left wherever they appear', () => {
    expect(
      anonymize('欧阳建国反映的问题，请欧阳建国本人到场', { name: '欧阳建国', phone: '' }),
    ).toBe('***反映的问题，请***本人到场');
  });

  test('leaves short numbers, dates and hotlines a reader needs', () => {
    const text = '2023年3月15日起，拨打 12345 或 110，办理时限 20 个工作日，收费 15 元。';

    expect(anonymize(text)).toBe(text);
  });

  test('does not mask a one-character name everywhere it occurs', () => {
    expect(anonymize('王府井派出所在哪里？', { name: '王' })).toBe('王府井派出所在哪里？');
  });
});
