import { describeHours, isOpenAt, type Hours } from '../src';

const WEEKDAYS: Hours = {
  days: [1, 2, 3, 4, 5],
  spans: [
    { start: '08:30', end: '12:00' },
    { start: '14:30', end: '17:30' },
  ],
  notes: '',
};
/** A time in China (UTC+8) as a Date. 2026-11-23 is a Monday. */
const china = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

describe('opening hours', () => {
  test.each([
    ['Monday 09:00', china('2026-11-23', '09:00'), true],
    ['Monday 08:29', china('2026-11-23', '08:29'), false],
    ['Monday 12:00, lunch begins', china('2026-11-23', '12:00'), false],
    ['Friday 17:29', china('2026-11-27', '17:29'), true],
    ['Saturday 10:00', china('2026-11-28', '10:00'), false],
    ['Sunday 09:00', china('2026-11-29', '09:00'), false],
  ])('%s: open %s', (_, at, open) => {
    expect(isOpenAt(WEEKDAYS, at)).toBe(open);
  });

  test("reads the clock in China time, whatever the server's zone", () => {
    // 2026-11-23 01:00 UTC is 09:00 on Monday in China.
    expect(isOpenAt(WEEKDAYS, new Date('2026-11-23T01:00:00Z'))).toBe(true);
  });

  test('describes consecutive days as a run', () => {
    expect(describeHours(WEEKDAYS)).toBe('周一至周五 08:30–12:00、14:30–17:30');
    expect(describeHours({ ...WEEKDAYS, days: [1, 2, 3, 4, 5, 6] })).toBe(
      '周一至周六 08:30–12:00、14:30–17:30',
    );
    expect(describeHours({ ...WEEKDAYS, days: [6, 7] })).toBe(
      '周六、周日 08:30–12:00、14:30–17:30',
    );
  });
});
