import { createTestApp } from './support/app';

let app: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let responder: string;

beforeAll(async () => {
  app = await createTestApp('calendars');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '陈管理');
  responder = await app.addStaff('u-responder', ['responder']);
});

afterAll(() => app.drop());

const year2027 = { holidays: ['2027-01-01', '2027-10-01'], workdays: ['2027-09-26'] };

describe('the working-day calendar', () => {
  test('an admin enters a year; staff read it; the change is audited', async () => {
    const saved = await app.call('putCalendar', {
      token: admin,
      pathParameters: { year: '2027' },
      body: year2027,
    });

    expect(saved.body.data).toMatchObject({ year: 2027, ...year2027 });
    expect(
      (await app.call('getCalendar', { token: responder, pathParameters: { year: '2027' } })).body
        .data,
    ).toMatchObject(year2027);
    const audit = await app.call('listAudit', { token: admin, query: {} });
    expect(audit.body.data.items[0]).toMatchObject({
      action: 'calendar.update',
      summary: '修改 2027 年工作日历：放假 2 天，调休上班 1 天',
    });
  });

  test('dates outside the year, a weekday as a worked weekend, and repeats are named by field', async () => {
    const response = await app.call('putCalendar', {
      token: admin,
      pathParameters: { year: '2027' },
      body: { holidays: ['2026-12-31', '2027-01-01', '2027-01-01'], workdays: ['2027-03-03'] },
    });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        { field: 'holidays.0', message: '2026-12-31 不在 2027 年' },
        { field: 'holidays.2', message: '2027-01-01 重复' },
        { field: 'workdays.0', message: '2027-03-03 不是周末，无需设为调休上班日' },
      ]),
    );
  });

  test('a day that does not exist is refused, naming its field', async () => {
    const response = await app.call('putCalendar', {
      token: admin,
      pathParameters: { year: '2027' },
      body: { holidays: ['2027-02-30'], workdays: [] },
    });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'holidays.0', message: '放假日期不是有效日期' },
    ]);
  });

  test('a year not entered says so; a bad year is refused; only admins change it', async () => {
    expect(
      (await app.call('getCalendar', { token: responder, pathParameters: { year: '2031' } })).body
        .error.message,
    ).toContain('2031 年的工作日历尚未录入');
    expect(
      (await app.call('getCalendar', { token: responder, pathParameters: { year: '31' } })).status,
    ).toBe(400);
    expect(
      (
        await app.call('putCalendar', {
          token: responder,
          pathParameters: { year: '2027' },
          body: year2027,
        })
      ).status,
    ).toBe(403);
  });
});
