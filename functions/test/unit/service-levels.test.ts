import type { ServiceLevelQuery, WorkingCalendarView } from '@sunshine/shared';
import { serviceLevelCsv } from '../../src/domain/service-levels/csv';
import {
  serviceLevelCases,
  serviceLevels,
  type ServiceLevelDeps,
} from '../../src/domain/service-levels/service-levels';
import type { ApplicationCase, QuestionCase } from '../../src/ports/service-level-source';

/** A moment in China time (UTC+8). */
const china = (local: string) => new Date(`${local}+08:00`);
const iso = (local: string) => china(local).toISOString();

// 2026-03-04, a Wednesday, made a holiday: a count from Monday 2 March skips it.
const calendar2026: WorkingCalendarView = { year: 2026, holidays: ['2026-03-04'], workdays: [] };

function aQuestion(id: string, overrides: Partial<QuestionCase> = {}): QuestionCase {
  return {
    id,
    kind: 'general',
    askedAt: iso('2026-03-02T09:00:00'), // a Monday
    dueAt: iso('2026-03-09T23:59:59'),
    dueApproximate: false,
    ...overrides,
  };
}

function anApplication(id: string, overrides: Partial<ApplicationCase> = {}): ApplicationCase {
  return { id, receivedOn: '2026-03-02', dueOn: '2026-03-30', dueApproximate: false, ...overrides };
}

function depsWith(
  cases: { questions?: QuestionCase[]; applications?: ApplicationCase[] },
  now: Date,
  calendars: WorkingCalendarView[] = [calendar2026],
): ServiceLevelDeps {
  return {
    source: {
      questionsOfYear: async () => cases.questions ?? [],
      applicationsOfYear: async () => cases.applications ?? [],
    },
    calendars: { get: async (year) => calendars.find((each) => each.year === year) },
    offices: async () => [
      { id: 'traffic', name: '交警大队' },
      { id: 'household', name: '户政科' },
    ],
    clock: { now: () => now },
  };
}

const YEAR: ServiceLevelQuery = { year: 2026 };
const LATER = china('2026-06-01T10:00:00');

describe('service levels count answers in working days on the calendar', () => {
  test('the median and 90th percentile of time to answer skip the holiday on the calendar', async () => {
    const answeredOn = ['2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06', '2026-03-10'];
    const questions = answeredOn.map((day, index) =>
      aQuestion(`q${index}`, { answeredAt: iso(`${day}T16:00:00`) }),
    );

    const view = await serviceLevels(depsWith({ questions }, LATER), YEAR);

    // Working days 0, 1, 2 (Wednesday 4 March is a holiday), 3, 5: nearest ranks 3 and 5 of 5.
    const [row] = view.rows;
    expect(row).toMatchObject({ month: '2026-03', kind: 'question', answered: 5 });
    expect(row!.medianDays).toBe(2);
    expect(row!.p90Days).toBe(5);
    expect(row!.approximate).toBe(false);
  });

  test('a year without its calendar counts on weekends only and marks the figures approximate', async () => {
    const questions = [
      aQuestion('q1', {
        askedAt: iso('2027-03-01T09:00:00'),
        dueAt: iso('2027-03-08T23:59:59'),
        dueApproximate: true,
        answeredAt: iso('2027-03-03T10:00:00'),
      }),
    ];

    const view = await serviceLevels(depsWith({ questions }, LATER), { year: 2027 });

    expect(view.rows[0]!.medianDays).toBe(2);
    expect(view.rows[0]!.approximate).toBe(true);
    expect(view.approximate).toBe(true);
  });

  test('an answer counted into a next year without its calendar is approximate, though its deadline was not', async () => {
    const questions = [
      aQuestion('q1', {
        askedAt: iso('2026-12-30T09:00:00'),
        dueAt: iso('2027-01-06T23:59:59'),
        answeredAt: iso('2027-01-04T10:00:00'),
      }),
    ];
    const calendars = [{ year: 2026, holidays: [], workdays: [] }];

    const view = await serviceLevels(depsWith({ questions }, LATER, calendars), YEAR);

    expect(view.rows[0]!.approximate).toBe(true);
  });
});

describe('answered on time, late, and open past due at the deadline', () => {
  test('a question answered in the last second of its deadline is on time; a minute later, late', async () => {
    const questions = [
      aQuestion('on-time', { answeredAt: iso('2026-03-09T23:59:59') }),
      aQuestion('late', { answeredAt: iso('2026-03-10T00:00:30') }),
    ];

    const view = await serviceLevels(depsWith({ questions }, LATER), YEAR);

    expect(view.rows[0]).toMatchObject({ received: 2, onTime: 1, late: 1, openPastDue: 0 });
  });

  test('an unanswered question is open on its deadline day and past due the moment after', async () => {
    const questions = [aQuestion('open')];

    const onTheDay = await serviceLevels(
      depsWith({ questions }, china('2026-03-09T23:59:59')),
      YEAR,
    );
    const after = await serviceLevels(depsWith({ questions }, china('2026-03-10T00:00:01')), YEAR);

    expect(onTheDay.rows[0]).toMatchObject({ received: 1, openPastDue: 0, answered: 0 });
    expect(after.rows[0]).toMatchObject({ received: 1, openPastDue: 1, answered: 0 });
  });

  test('an application replied on its due day is on time, the day after late; its extension counts in the deadline it keeps', async () => {
    const applications = [
      anApplication('on-due-day', { endedOn: '2026-03-30' }),
      anApplication('day-after', { endedOn: '2026-03-31' }),
      // Extended by 20 working days: due 27 April, replied 20 April.
      anApplication('extended', { dueOn: '2026-04-27', endedOn: '2026-04-20' }),
    ];

    const view = await serviceLevels(depsWith({ applications }, LATER), YEAR);

    expect(view.rows[0]).toMatchObject({ kind: 'application', received: 3, onTime: 2, late: 1 });
  });

  test('an open application is past due from the day after its due date; one waiting for a correction never is', async () => {
    const applications = [anApplication('running'), anApplication('stopped', { dueOn: undefined })];

    const onDueDay = await serviceLevels(
      depsWith({ applications }, china('2026-03-30T23:00:00')),
      YEAR,
    );
    const nextDay = await serviceLevels(
      depsWith({ applications }, china('2026-03-31T00:00:01')),
      YEAR,
    );

    expect(onDueDay.rows[0]!.openPastDue).toBe(0);
    expect(nextDay.rows[0]!.openPastDue).toBe(1);
  });
});

describe('好差评, offices, months and the cases behind a figure', () => {
  test('ratings are counted per level for questions only', async () => {
    const questions = [
      aQuestion('a', { answeredAt: iso('2026-03-03T10:00:00'), score: 5 }),
      aQuestion('b', { answeredAt: iso('2026-03-03T10:00:00'), score: 5 }),
      aQuestion('c', { answeredAt: iso('2026-03-03T10:00:00'), score: 1 }),
      aQuestion('d', { answeredAt: iso('2026-03-03T10:00:00') }),
    ];
    const applications = [anApplication('x', { endedOn: '2026-03-10' })];

    const view = await serviceLevels(depsWith({ questions, applications }, LATER), YEAR);

    const byKind = Object.fromEntries(view.rows.map((row) => [row.kind, row]));
    expect(byKind.question!.ratings).toEqual({ 5: 2, 4: 0, 3: 0, 2: 0, 1: 1 });
    expect(byKind.application!.ratings).toBeUndefined();
  });

  test('rows are by month received and office; a month filter keeps that month only; totals span the selection', async () => {
    const questions = [
      aQuestion('march-traffic', { office: 'traffic' }),
      aQuestion('march-household', { office: 'household' }),
      aQuestion('april-traffic', {
        office: 'traffic',
        askedAt: iso('2026-04-01T09:00:00'),
        dueAt: iso('2026-04-08T23:59:59'),
      }),
    ];

    const year = await serviceLevels(depsWith({ questions }, LATER), YEAR);
    const april = await serviceLevels(depsWith({ questions }, LATER), {
      year: 2026,
      month: '2026-04',
    });

    expect(year.rows.map((row) => [row.month, row.officeName, row.received])).toEqual([
      ['2026-03', '户政科', 1],
      ['2026-03', '交警大队', 1],
      ['2026-04', '交警大队', 1],
    ]);
    expect(year.totals.find((total) => total.kind === 'question')!.received).toBe(3);
    expect(april.rows.map((row) => row.month)).toEqual(['2026-04']);
    expect(april.totals.find((total) => total.kind === 'question')!.received).toBe(1);
  });

  test('a figure opens exactly its cases, with dates and state but no text or contact', async () => {
    const questions = [
      aQuestion('on-time', { answeredAt: iso('2026-03-05T10:00:00'), office: 'traffic' }),
      aQuestion('late', { answeredAt: iso('2026-03-12T10:00:00'), office: 'traffic' }),
      aQuestion('late-elsewhere', { answeredAt: iso('2026-03-12T10:00:00'), office: 'household' }),
    ];

    const late = await serviceLevelCases(depsWith({ questions }, LATER), {
      year: 2026,
      month: '2026-03',
      office: 'traffic',
      kind: 'question',
      figure: 'late',
    });

    expect(late.cases.map((each) => each.id)).toEqual(['late']);
    expect(late.cases[0]).toEqual({
      id: 'late',
      kind: 'question',
      subKind: '一般咨询',
      officeName: '交警大队',
      receivedOn: '2026-03-02',
      dueOn: '2026-03-09',
      answeredOn: '2026-03-12',
      workingDays: 7,
      state: 'late',
      approximate: false,
    });
    expect(late.label).toBe('2026-03 · 交警大队 · 群众留言 · 逾期答复');
  });
});

describe('the figures as CSV', () => {
  test('UTF-8 with a BOM, Chinese headers, one line per month × office × kind', async () => {
    const questions = [aQuestion('q', { answeredAt: iso('2026-03-03T10:00:00'), score: 4 })];
    const applications = [anApplication('a')];
    const view = await serviceLevels(depsWith({ questions, applications }, LATER), YEAR);

    const lines = serviceLevelCsv(view).split('\r\n').filter(Boolean);

    expect(
      lines[0]!.startsWith('\uFEFF月份,科室,类别,受理,已答复,按期答复,逾期答复,超期未答复'),
    ).toBe(true);
    expect(lines).toHaveLength(1 + view.rows.length + view.totals.length);
    expect(lines[1]).toBe(
      '2026-03,本机关,群众留言,1,1,1,0,0,1,1,0,1,0,0,0,否,2026-06-01 10:00（北京时间）',
    );
    expect(lines[2]).toBe(
      '2026-03,本机关,依申请公开,1,0,0,0,1,,,,,,,,否,2026-06-01 10:00（北京时间）',
    );
  });

  test('a totals line per kind, and every line says as of which China time it was counted', async () => {
    const questions = [
      aQuestion('q1', { answeredAt: iso('2026-03-03T10:00:00'), score: 4 }),
      aQuestion('q2', { askedAt: iso('2026-04-01T09:00:00'), dueAt: iso('2026-04-08T23:59:59') }),
    ];
    const applications = [anApplication('a')];
    const view = await serviceLevels(depsWith({ questions, applications }, LATER), YEAR);

    const lines = serviceLevelCsv(view).split('\r\n').filter(Boolean);

    expect(lines[0]!.endsWith(',是否估算,统计截至')).toBe(true);
    expect(lines.slice(-2)).toEqual([
      '2026年合计,全部科室,群众留言,2,1,1,0,1,1,1,0,1,0,0,0,否,2026-06-01 10:00（北京时间）',
      '2026年合计,全部科室,依申请公开,1,0,0,0,1,,,,,,,,否,2026-06-01 10:00（北京时间）',
    ]);
  });

  test("one month's totals are named after the month", async () => {
    const questions = [aQuestion('q', { answeredAt: iso('2026-03-03T10:00:00') })];
    const view = await serviceLevels(depsWith({ questions }, LATER), {
      year: 2026,
      month: '2026-03',
    });

    const lines = serviceLevelCsv(view).split('\r\n').filter(Boolean);

    expect(lines.slice(-2).map((each) => each.split(',').slice(0, 4).join(','))).toEqual([
      '2026-03合计,全部科室,群众留言,1',
      '2026-03合计,全部科室,依申请公开,0',
    ]);
  });
});
