import { DEFAULT_INDEX_FORMAT, formatIndexNumber, indexNumberSearchKeys } from '../src';

const CODE = '11341702486344515H';

describe('索引号 formatter', () => {
  test('the default form is <统一社会信用代码>/<year>-<5-digit sequence>', () => {
    expect(
      formatIndexNumber(DEFAULT_INDEX_FORMAT, { creditCode: CODE, year: 2026, month: 3, seq: 13 }),
    ).toBe('11341702486344515H/2026-00013');
  });

  test('a form with the month puts it as two digits', () => {
    expect(
      formatIndexNumber('{creditCode}/{year}-{month}-{seq}', {
        creditCode: CODE,
        year: 2026,
        month: 3,
        seq: 7,
      }),
    ).toBe('11341702486344515H/2026-03-00007');
  });

  test('a sequence past five digits is written whole, never cut', () => {
    expect(
      formatIndexNumber(DEFAULT_INDEX_FORMAT, {
        creditCode: CODE,
        year: 2026,
        month: 1,
        seq: 123456,
      }),
    ).toBe('11341702486344515H/2026-123456');
  });

  test('an empty form falls back to the default one', () => {
    expect(formatIndexNumber('  ', { creditCode: CODE, year: 2027, month: 1, seq: 1 })).toBe(
      '11341702486344515H/2027-00001',
    );
  });

  test('without a credit code the code and its separator are left out', () => {
    expect(formatIndexNumber(DEFAULT_INDEX_FORMAT, { year: 2026, month: 5, seq: 2 })).toBe(
      '2026-00002',
    );
    expect(
      formatIndexNumber('{creditCode}-{year}{month}-{seq}', {
        creditCode: ' ',
        year: 2026,
        month: 5,
        seq: 2,
      }),
    ).toBe('202605-00002');
  });

  test('a credit code is put in as written, even with characters a replacement would read as patterns', () => {
    expect(
      formatIndexNumber('{creditCode}/{seq}', { creditCode: 'A$&B', year: 2026, month: 1, seq: 1 }),
    ).toBe('A$&B/00001');
  });
});

describe('索引号 search keys', () => {
  test('the whole number (lower case) and its year-seq tail', () => {
    expect(indexNumberSearchKeys('11341702486344515H/2026-00013')).toEqual([
      '11341702486344515h/2026-00013',
      '2026-00013',
    ]);
  });

  test('a form with the month still gives the year-seq tail', () => {
    expect(indexNumberSearchKeys('11341702486344515H/2026-03-00013')).toEqual([
      '11341702486344515h/2026-03-00013',
      '2026-00013',
    ]);
  });

  test('a number that is its tail already gives one key', () => {
    expect(indexNumberSearchKeys('2026-00002')).toEqual(['2026-00002']);
  });
});
