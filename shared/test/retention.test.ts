import { yearsAfter } from '../src/retention';

describe('yearsAfter', () => {
  test('counts whole years, and a 29 February falls to the 28th in a common year', () => {
    expect(yearsAfter('2026-12-31', 2)).toBe('2028-12-31');
    expect(yearsAfter('2028-02-29', 2)).toBe('2030-02-28');
    expect(yearsAfter('2028-02-29', 4)).toBe('2032-02-29');
    expect(yearsAfter('2026-03-01T10:00:00.000Z', 1)).toBe('2027-03-01');
  });
});
