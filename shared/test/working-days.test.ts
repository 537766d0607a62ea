import {
  addWorkingDays,
  ClockRuleError,
  clockState,
  isWorkingDay,
  MissingCalendarError,
  workingDaysBetween,
  type ClockEvent,
  type WorkingCalendar,
} from '../src';

/** The calendars staff would enter: 2025 as announced (国庆、中秋 10-01 to 10-08 with 09-28 and 10-11 worked), and the start of 2026. */
const CALENDARS: WorkingCalendar[] = [
  {
    year: 2025,
    holidays: [
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-03',
      '2025-02-04',
      '2025-04-04',
      '2025-05-01',
      '2025-05-02',
      '2025-05-05',
      '2025-06-02',
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  { year: 2026, holidays: ['2026-01-01', '2026-01-02'], workdays: ['2026-01-04'] },
];

describe('working days', () => {
  test.each([
    ['a Monday', '2025-03-03', true],
    ['a Saturday', '2025-03-08', false],
    ['a weekday holiday', '2025-10-07', false],
    ['a Sunday made a working day', '2025-09-28', true],
  ])('%s (%s) is a working day: %s', (_, date, expected) => {
    expect(isWorkingDay(date, CALENDARS)).toBe(expected);
  });

  test('20 working days across the National Day week count the worked weekend days and skip the holidays', () => {
    expect(addWorkingDays('2025-09-26', 20, CALENDARS)).toBe('2025-10-30');
  });

  test('across the year end, with New Year holidays and a worked Sunday', () => {
    expect(addWorkingDays('2025-12-24', 20, CALENDARS)).toBe('2026-01-22');
  });

  test('a year without its calendar is not guessed', () => {
    expect(() => addWorkingDays('2026-12-20', 20, CALENDARS)).toThrow(MissingCalendarError);
  });

  test('counts the working days between two dates, the first excluded', () => {
    expect(workingDaysBetween('2025-09-30', '2025-10-11', CALENDARS)).toBe(3); // 10-09, 10-10, 10-11
    expect(workingDaysBetween('2025-10-11', '2025-10-01', CALENDARS)).toBe(0);
  });
});

describe('the statutory clock of a disclosure application', () => {
  const received: ClockEvent = { type: 'received', on: '2025-03-03' };

  test('20 working days from receipt', () => {
    expect(clockState([received], CALENDARS)).toEqual({
      dueOn: '2025-03-31',
      extendedBy: 0,
      pausedDays: 0,
    });
  });

  test('a correction stops the clock; the corrected application starts it again from zero (Qingming skipped)', () => {
    const waiting = clockState(
      [received, { type: 'correction_requested', on: '2025-03-05' }],
      CALENDARS,
    );
    const restarted = clockState(
      [
        received,
        { type: 'correction_requested', on: '2025-03-05' },
        { type: 'correction_received', on: '2025-03-10' },
      ],
      CALENDARS,
    );

    expect(waiting).toEqual({ stopped: 'awaiting_correction', extendedBy: 0, pausedDays: 0 });
    expect(restarted.dueOn).toBe('2025-04-08');
  });

  test('time with a third party is not counted', () => {
    const state = clockState(
      [
        received,
        { type: 'third_party_started', on: '2025-03-10' },
        { type: 'third_party_ended', on: '2025-03-14' },
      ],
      CALENDARS,
    );

    expect(state).toEqual({ dueOn: '2025-04-07', extendedBy: 0, pausedDays: 4 });
  });

  test('one extension of at most 20 working days, with a reason', () => {
    const extend = (days: number, reason = '需要调取档案') =>
      ({ type: 'extended', on: '2025-03-20', days, reason }) as const;

    expect(clockState([received, extend(10)], CALENDARS)).toMatchObject({
      dueOn: '2025-04-15',
      extendedBy: 10,
    });
    expect(() => clockState([received, extend(10), extend(5)], CALENDARS)).toThrow(
      '答复期限只能延长一次',
    );
    expect(() => clockState([received, extend(21)], CALENDARS)).toThrow(ClockRuleError);
    expect(() => clockState([received, extend(5, ' ')], CALENDARS)).toThrow(
      '延长答复期限须说明理由',
    );
  });

  test('forbidden transitions are refused', () => {
    expect(() =>
      clockState([{ type: 'correction_received', on: '2025-03-03' }], CALENDARS),
    ).toThrow(ClockRuleError);
    expect(() =>
      clockState([received, { type: 'third_party_ended', on: '2025-03-04' }], CALENDARS),
    ).toThrow('没有进行中的第三方征求意见');
    expect(() =>
      clockState(
        [
          received,
          { type: 'correction_requested', on: '2025-03-04' },
          { type: 'third_party_started', on: '2025-03-05' },
        ],
        CALENDARS,
      ),
    ).toThrow(ClockRuleError);
  });
});
