import { ListInterpretationsQuerySchema, LoginInputSchema, routePath, validate } from '../src';

describe('ListInterpretationsQuerySchema', () => {
  test('fills a default page size of 10 when none is given', () => {
    const result = validate(ListInterpretationsQuerySchema, {});

    expect(result).toEqual({ ok: true, value: { limit: 10 } });
  });

  test('accepts a category, a cursor and a limit within 1–50', () => {
    const result = validate(ListInterpretationsQuerySchema, { category: 'service', cursor: 'abc_-1', limit: '50' });

    expect(result).toEqual({ ok: true, value: { category: 'service', cursor: 'abc_-1', limit: 50 } });
  });

  test.each(['0', '51', '-1', '2.5', 'ten', ''])('refuses the limit %p, naming the field and the range', (limit) => {
    const result = validate(ListInterpretationsQuerySchema, { limit });

    expect(result).toEqual({ ok: false, issues: [expect.objectContaining({ field: 'limit', message: expect.stringContaining('1 到 50') })] });
  });

  test('refuses an unknown category and lists the valid ones', () => {
    const result = validate(ListInterpretationsQuerySchema, { category: 'weather' });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toEqual({ field: 'category', message: expect.stringContaining('decision') });
  });

  test('refuses a cursor with characters no cursor has', () => {
    const result = validate(ListInterpretationsQuerySchema, { cursor: 'a b/c' });

    expect(!result.ok && result.issues[0]?.field).toBe('cursor');
  });
});

describe('routePath', () => {
  test('fills and encodes path parameters', () => {
    expect(routePath('getInterpretation', { id: 'a/b' })).toBe('/v1/interpretations/a%2Fb');
  });

  test('fails loudly when a parameter is missing', () => {
    expect(() => routePath('getInterpretation')).toThrow(/id/);
  });
});

describe('validate', () => {
  test('names a missing field in Chinese, not in the library default', () => {
    const result = validate(LoginInputSchema, {});

    expect(result).toEqual({ ok: false, issues: [{ field: 'code', message: '此项为必填项' }] });
  });

  test('keeps the message a schema gives', () => {
    const result = validate(LoginInputSchema, { code: '' });

    expect(result).toEqual({ ok: false, issues: [{ field: 'code', message: '缺少登录凭证' }] });
  });
});
