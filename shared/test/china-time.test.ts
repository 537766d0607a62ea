import {
  chinaClock,
  chinaDate,
  chinaDateTime,
  chinaDayStart,
  chinaInstant,
  chinaMonth,
  chinaWeekday,
  nextDay,
} from '../src';

describe('China time (UTC+8 all year)', () => {
  test('16:00Z is already the next day in China; 15:59Z is still the same day', () => {
    expect(chinaDate(new Date('2026-03-10T16:00:00.000Z'))).toBe('2026-03-11');
    expect(chinaDate(new Date('2026-03-10T15:59:59.999Z'))).toBe('2026-03-10');
  });

  test('a month ends at 16:00Z on its last day, a leap February included', () => {
    expect(chinaMonth(new Date('2026-04-30T15:59:59.999Z'))).toBe('2026-04');
    expect(chinaMonth(new Date('2026-04-30T16:00:00.000Z'))).toBe('2026-05');
    expect(chinaDate(new Date('2028-02-28T16:00:00.000Z'))).toBe('2028-02-29');
    expect(chinaDate(new Date('2028-02-29T16:00:00.000Z'))).toBe('2028-03-01');
  });

  test('the year turns at 16:00Z on 31 December', () => {
    expect(chinaDate(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12-31');
    expect(chinaMonth(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01');
    expect(chinaDateTime(new Date('2026-12-31T16:30:00.000Z'))).toBe('2027-01-01 00:30');
  });

  test('the clock reads year, month, day, hours and minutes in China', () => {
    // 2026-11-22T16:05Z is 2026-11-23 00:05 in China.
    expect(chinaClock(new Date('2026-11-22T16:05:00Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hours: 0,
      minutes: 5,
    });
    expect(chinaClock(new Date('2026-12-31T16:00:00Z'))).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      hours: 0,
      minutes: 0,
    });
  });

  test('the weekday is read in China: Monday 1 from 16:00Z on Sunday, Sunday 7', () => {
    expect(chinaWeekday(new Date('2026-11-22T16:05:00Z'))).toBe(1);
    expect(chinaWeekday(new Date('2026-11-22T15:59:00Z'))).toBe(7);
    expect(chinaWeekday(new Date('2026-11-27T23:00:00Z'))).toBe(6);
  });

  test('a date and a clock reading in China give their instant; a date alone gives the start of its day', () => {
    expect(chinaInstant('2027-01-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(chinaInstant('2026-03-01', '09:30').toISOString()).toBe('2026-03-01T01:30:00.000Z');
    expect(chinaInstant('2026-03-01', '23:59:59.999').toISOString()).toBe(
      '2026-03-01T15:59:59.999Z',
    );
    expect(Number.isNaN(chinaInstant('2026-02-30x').getTime())).toBe(true);
  });

  test('a day in China starts at 16:00Z the day before; the next one, across a year, 24 hours later', () => {
    expect(chinaDayStart(new Date('2026-12-31T16:00:00.000Z')).toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
    expect(chinaDayStart(new Date('2026-12-31T15:59:59.999Z')).toISOString()).toBe(
      '2026-12-30T16:00:00.000Z',
    );
    expect(chinaDayStart(new Date('2026-12-31T10:00:00.000Z'), 1).toISOString()).toBe(
      '2026-12-31T16:00:00.000Z',
    );
    expect(chinaDayStart(new Date('2028-02-28T17:00:00.000Z'), 1).toISOString()).toBe(
      '2028-02-29T16:00:00.000Z',
    );
  });

  test('days are counted on the calendar across months and years, forward and back', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2026-12-25', 30)).toBe('2027-01-24');
    expect(nextDay('2027-01-01', -1)).toBe('2026-12-31');
  });
});
