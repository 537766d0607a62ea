'use strict';

const {
  isValidValue,
  findInvalidData,
  isKnownPage,
  keyType,
  checkContent,
  assertTemplates,
} = require('../wechat-rules');

describe('wechat-rules', () => {
  test.each([
    ['thing1', '一'.repeat(20), true],
    ['thing1', '一'.repeat(21), false],
    ['thing1', '', false],
    ['thing1', '   ', false],
    ['phrase3', '已受理', true],
    ['phrase3', '已经受理完成了', false],
    ['phrase3', 'done', false],
    ['time2', '2023-03-15 10:30', true],
    ['time2', '10:30', true],
    ['time2', '2023年3月15日 10:30', true],
    ['time2', '2023-03-15 10:30 ~ 2023-03-15 12:00', true],
    ['time2', '24:00', false],
    ['time2', '10:30 AM', false],
    ['time2', '2023-02-30 10:30', false],
    ['date4', '2023-03-15', true],
    ['date4', '2023年03月15日', true],
    ['date4', '2023-03-15 09:00', true],
    ['date4', '15/03/2023', false],
    ['character_string1', 'ZX-2023-000123', true],
    ['character_string1', 'x'.repeat(33), false],
    ['character_string1', '编号123', false],
    ['number1', '12345', true],
    ['number1', '3.14', true],
    ['number1', '1'.repeat(33), false],
    ['number1', '12a', false],
    ['amount1', '¥100.50', true],
    ['name1', '张三', true],
    ['thing1', 42, false],
    ['unknown1', 'x', false],
  ])('%s accepts %j: %s', (key, value, expected) => {
    // Act
    const valid = isValidValue(key, value);

    // Assert
    expect(valid).toBe(expected);
  });

  test('keyType strips the trailing number', () => {
    // Act / Assert
    expect(keyType('character_string12')).toBe('character_string');
    expect(keyType('thing')).toBeNull();
  });

  test('findInvalidData names the first bad argument', () => {
    // Arrange
    const template = { id: 'T', keys: { thing1: '标题', time2: '时间' } };

    // Act / Assert
    expect(
      findInvalidData(template, { thing1: { value: '标题' }, time2: { value: '09:00' } }),
    ).toBeNull();
    expect(findInvalidData(template, { thing1: { value: '标题' }, time2: { value: 'noon' } })).toBe(
      'data.time2.value',
    );
    expect(findInvalidData(template, { thing3: { value: '标题' } })).toBe('data.thing3');
    expect(findInvalidData(template, { thing1: '标题' })).toBe('data.thing1');
    expect(findInvalidData(template, {})).toBe('data');
    expect(findInvalidData(template, null)).toBe('data');
  });

  test('isKnownPage strips the query string and allows sub-packages', () => {
    // Arrange
    const pages = ['pages/index/index'];

    // Act / Assert
    expect(isKnownPage('pages/index/index?from=msg', pages)).toBe(true);
    expect(isKnownPage('packages/admin/index', pages)).toBe(true);
    expect(isKnownPage('packages/', pages)).toBe(false);
    expect(isKnownPage('pages/other/index', pages)).toBe(false);
    expect(isKnownPage(7, pages)).toBe(false);
  });

  test('checkContent prefers risky over review', () => {
    // Act
    const result = checkContent('代办证件，还有诈骗链接', {
      riskyWords: ['诈骗链接'],
      reviewWords: ['代办证件'],
    });

    // Assert
    expect(result.suggest).toBe('risky');
    expect(result.label).toBe(20008);
  });

  test('assertTemplates rejects a key with an unknown type', () => {
    // Act / Assert
    expect(() => assertTemplates([{ id: 'T', keys: { colour1: '颜色' } }])).toThrow(/colour1/);
  });
});
