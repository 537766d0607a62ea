import {
  calendarProblems,
  calendarYearToCheck,
  missingCalendarWarning,
  parseHolidayNotice,
  weekdayName,
} from '@sunshine/shared';
import { DEMO_CALENDARS } from '../../src/seed/demo-calendars';
import { NOTICE_2025, NOTICE_2026 } from '../fixtures/holiday-notices';

const seeded = (year: number) => DEMO_CALENDARS.find((calendar) => calendar.year === year)!;
const dates = (days: Array<{ date: string }>) => days.map((day) => day.date);

describe('parseHolidayNotice on the real notices', () => {
  test.each([
    [2025, NOTICE_2025],
    [2026, NOTICE_2026],
  ])('reads the %i notice as the calendar npm start seeds, every line read', (year, text) => {
    const parsed = parseHolidayNotice(text, year);

    expect(dates(parsed.holidays)).toEqual(seeded(year).holidays);
    expect(dates(parsed.workdays)).toEqual(seeded(year).workdays);
    expect(parsed.unread).toEqual([]);
    expect(
      calendarProblems({
        year,
        holidays: dates(parsed.holidays),
        workdays: dates(parsed.workdays),
      }),
    ).toEqual([]);
  });

  test('names each date after its holiday', () => {
    const parsed = parseHolidayNotice(NOTICE_2026, 2026);

    expect(parsed.holidays.find((day) => day.date === '2026-02-23')).toEqual({
      date: '2026-02-23',
      name: '春节',
    });
    expect(parsed.workdays.find((day) => day.date === '2026-09-20')).toEqual({
      date: '2026-09-20',
      name: '国庆节',
    });
    expect(parseHolidayNotice(NOTICE_2025, 2025).holidays.at(-1)).toEqual({
      date: '2025-10-08',
      name: '国庆节、中秋节',
    });
  });
});

describe('parseHolidayNotice', () => {
  test('leaves out weekend days inside a holiday: they are off anyway', () => {
    const parsed = parseHolidayNotice('三、清明节：4月4日（周六）至6日（周一）放假，共3天。', 2026);

    expect(parsed.holidays).toEqual([{ date: '2026-04-06', name: '清明节' }]);
  });

  test('reads a range across months, and a notice pasted as one paragraph', () => {
    const parsed = parseHolidayNotice(
      '通知如下。一、端午节：5月31日（周六）至6月2日（周一）放假，共3天。二、元旦：1月1日（周三）放假1天，不调休。',
      2025,
    );

    expect(dates(parsed.holidays)).toEqual(['2025-01-01', '2025-06-02']);
    expect(parsed.unread).toEqual([]);
  });

  test('lists the arrangement lines it could not read, and dates outside the year', () => {
    const parsed = parseHolidayNotice(
      [
        '一、元旦：2026年12月31日（周四）至2027年1月2日（周六）放假调休，共3天。',
        '二、春节：另行通知。',
        '三、中秋节 9月15日放假',
      ].join('\n'),
      2027,
    );

    expect(dates(parsed.holidays)).toEqual(['2027-01-01']);
    expect(parsed.unread).toEqual([
      '一、元旦：2026年12月31日（周四）至2027年1月2日（周六）放假调休，共3天。',
      '二、春节：另行通知。',
      '三、中秋节 9月15日放假',
    ]);
  });

  test('reads nothing from an empty text', () => {
    expect(parseHolidayNotice('', 2027)).toEqual({ holidays: [], workdays: [], unread: [] });
  });
});

test('weekdayName reads a calendar date as 周一 … 周日', () => {
  expect(weekdayName('2026-02-15')).toBe('周日');
  expect(weekdayName('2026-02-16')).toBe('周一');
});

describe('missingCalendarWarning', () => {
  const noCalendar = () => false;

  test('says nothing on 31 October, China time', () => {
    expect(missingCalendarWarning(new Date('2026-10-31T15:59:59Z'), noCalendar)).toBeUndefined();
  });

  test('warns from 1 November, China time, while next year is missing', () => {
    expect(missingCalendarWarning(new Date('2026-10-31T16:00:00Z'), noCalendar)).toEqual({
      year: 2027,
      text: '2027 年工作日历尚未录入，法定期限将按近似计算',
    });
    expect(missingCalendarWarning(new Date('2026-12-31T15:59:59Z'), noCalendar)?.year).toBe(2027);
  });

  test('says nothing once next year is entered', () => {
    const entered = jest.fn((year: number) => year === 2027);

    expect(missingCalendarWarning(new Date('2026-11-01T00:00:00Z'), entered)).toBeUndefined();
    expect(entered).toHaveBeenCalledWith(2027);
  });

  test('checks no year in January, when the new year has just begun', () => {
    expect(calendarYearToCheck(new Date('2026-12-31T16:00:00Z'))).toBeUndefined();
  });
});
