import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  ApplyInputSchema,
  validate,
  type ApplicationEventInput,
  type ServiceLevelsView,
} from '@sunshine/shared';
import { DynamoApplicationStore } from '../../src/adapters/dynamo/application-store';
import { DynamoCalendarStore } from '../../src/adapters/dynamo/calendar-store';
import { ANSWERED_QUESTIONS_PK } from '../../src/adapters/dynamo/keys';
import { DynamoQuestionStore } from '../../src/adapters/dynamo/question-store';
import { SubmissionGuard } from '../../src/adapters/dynamo/submission-guard';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { recordApplicationEvent } from '../../src/domain/applications/handle';
import { submitApplication } from '../../src/domain/applications/submit';
import { answerQuestion, askQuestion } from '../../src/domain/questions/questions';
import { rateAnswer } from '../../src/domain/questions/rate-answer';
import { createTestApp } from './support/app';
import { downloadExport } from './support/exports';

/**
 * 服务质量 over the real table: questions and applications seeded through their use cases at
 * chosen moments (September and October 2026), read back through the deployed routes today.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let now = new Date();
let n = 0;
const tokens: Record<'responder' | 'discloser' | 'admin' | 'editor', string> = {
  responder: '',
  discloser: '',
  admin: '',
  editor: '',
};
const ids: Record<string, string> = {};

const china = (local: string) => new Date(`${local}+08:00`);
const RESPONDER = { userId: 'u-responder', roles: ['responder' as const], displayName: '王答复' };
const DISCLOSER = { userId: 'u-discloser', roles: ['discloser' as const], displayName: '赵办理' };
const QUESTION_TEXT = '护照丢了怎么补办，需要什么材料？';
const PHONE = '13912345678';
const APPLICANT = '李明远';

beforeAll(async () => {
  app = await createTestApp('service-levels');
  for (const role of Object.keys(tokens) as Array<keyof typeof tokens>)
    tokens[role] = await app.addStaff(`u-${role}`, [role]);
  const { client, tableName } = app.table;
  const guard = new SubmissionGuard(client, tableName, {
    address: () => new Uint8Array(32),
    fingerprint: () => new Uint8Array(32),
  });
  const calendars = new DynamoCalendarStore(client, tableName);
  // Thursday 1 October to Wednesday 7 October 2026 off (国庆), Saturday 10 October worked.
  await calendars.put(
    {
      year: 2026,
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      workdays: ['2026-10-10'],
    },
    undefined,
  );
  const common = {
    calendars,
    submissions: guard,
    contentCheck: { check: async () => 'pass' as const },
    users: {
      get: async (userId: string) => ({ userId, openid: `openid-${userId}`, createdAt: '' }),
      findByOpenid: async () => undefined,
      create: async () => '',
    },
    clock: { now: () => now },
    ids: ulidIds(),
  };
  const questionDeps = { ...common, questions: new DynamoQuestionStore(client, tableName, guard) };
  const applicationDeps = {
    ...common,
    applications: new DynamoApplicationStore(client, tableName, guard),
    bureau: { get: async () => undefined },
  };

  const ask = async (at: string, kind: 'general' | 'service') => {
    now = china(at);
    const asker = { userId: `u-asker-${++n}`, roles: [] };
    const { id } = await askQuestion(questionDeps, asker, {
      clientKey: `service-levels-${String(n).padStart(6, '0')}`,
      kind,
      text: QUESTION_TEXT,
      contact: { name: '张三', phone: PHONE },
      consent: true,
    });
    return { id, asker };
  };
  const answer = async (at: string, id: string) => {
    now = china(at);
    await answerQuestion(questionDeps, RESPONDER, id, '请带身份证到出入境大厅申请补发。');
  };
  const apply = async (at: string) => {
    now = china(at);
    const form = validate(ApplyInputSchema, {
      clientKey: `service-levels-${String(++n).padStart(6, '0')}`,
      applicant: { type: 'person', name: APPLICANT },
      identity: { type: 'resident_id', number: '11010519491231002X' },
      contact: { phone: PHONE },
      description: '2026 年本区道路交通事故统计数据',
      delivery: { form: 'electronic', method: 'pickup' },
      consent: true,
    });
    if (!form.ok) throw new Error(JSON.stringify(form.issues));
    return (
      await submitApplication(
        applicationDeps,
        { userId: `u-applicant-${n}`, roles: [] },
        form.value,
      )
    ).id;
  };

  // September: a general question answered the next day (on time, 非常满意); a service question
  // (3 working days) answered two weeks later (late, 非常不满意); an application replied in 3 days.
  const onTime = await ask('2026-09-07T09:00:00', 'general');
  await answer('2026-09-08T10:00:00', onTime.id);
  await rateAnswer(questionDeps, onTime.asker, onTime.id, { score: 5, problems: [], reason: '' });
  const late = await ask('2026-09-07T09:00:00', 'service');
  await answer('2026-09-21T10:00:00', late.id);
  await rateAnswer(questionDeps, late.asker, late.id, {
    score: 1,
    problems: ['too_slow'],
    reason: '太慢了',
  });
  ids.replied = await apply('2026-09-07T09:00:00');
  now = china('2026-09-10T10:00:00');
  const { version } = (await applicationDeps.applications.get(ids.replied))!;
  await recordApplicationEvent(applicationDeps, DISCLOSER, ids.replied, {
    action: 'reply',
    outcome: 'disclosed',
    basis: '《中华人民共和国政府信息公开条例》第三十六条',
    alreadyPublic: false,
    text: '予以公开',
    detail: '见附件',
    version,
  } as ApplicationEventInput);
  // October: a question and an application never answered, long past their deadlines now.
  ids.openQuestion = (await ask('2026-10-12T09:00:00', 'general')).id;
  ids.openApplication = await apply('2026-10-12T09:00:00');
  ids.onTime = onTime.id;
  ids.late = late.id;
});

afterAll(() => app.drop());

const figures = async (token: string, query: Record<string, string> = { year: '2026' }) =>
  app.call('getServiceLevels', { token, query });

describe('服务质量 over DynamoDB', () => {
  test('figures by month and kind: on time, late, open past due, working days on the calendar and 好差评', async () => {
    const response = await figures(tokens.responder);

    expect(response.status).toBe(200);
    const view = response.body.data as ServiceLevelsView;
    const row = (month: string, kind: string) =>
      view.rows.find((each) => each.month === month && each.kind === kind);
    expect(view.rows).toHaveLength(4);
    expect(row('2026-09', 'question')).toMatchObject({
      officeName: '本机关',
      received: 2,
      answered: 2,
      onTime: 1,
      late: 1,
      openPastDue: 0,
      // 1 working day, and 10 (8 to 21 September): nearest ranks 1 and 2 of 2.
      medianDays: 1,
      p90Days: 10,
      ratings: { 5: 1, 4: 0, 3: 0, 2: 0, 1: 1 },
      approximate: false,
    });
    expect(row('2026-09', 'application')).toMatchObject({
      received: 1,
      onTime: 1,
      late: 0,
      medianDays: 3,
    });
    expect(row('2026-10', 'question')).toMatchObject({ received: 1, answered: 0, openPastDue: 1 });
    expect(row('2026-10', 'application')).toMatchObject({ received: 1, openPastDue: 1 });
  });

  test('a month filter keeps that month', async () => {
    const response = await figures(tokens.discloser, { year: '2026', month: '2026-10' });

    expect(response.status).toBe(200);
    expect(response.body.data.rows.map((row: { month: string }) => row.month)).toEqual([
      '2026-10',
      '2026-10',
    ]);
  });

  test('a figure opens exactly its cases', async () => {
    const late = await app.call('listServiceLevelCases', {
      token: tokens.admin,
      query: { year: '2026', month: '2026-09', kind: 'question', figure: 'late' },
    });
    const pastDue = await app.call('listServiceLevelCases', {
      token: tokens.discloser,
      query: { year: '2026', kind: 'application', figure: 'open_past_due' },
    });

    expect(late.status).toBe(200);
    expect(late.body.data.cases.map((each: { id: string }) => each.id)).toEqual([ids.late]);
    expect(pastDue.body.data.cases.map((each: { id: string }) => each.id)).toEqual([
      ids.openApplication,
    ]);
  });

  test('an editor is refused every service-level route', async () => {
    const query = { year: '2026', kind: 'question', figure: 'received' };
    const answers = await Promise.all(
      (['getServiceLevels', 'listServiceLevelCases', 'exportServiceLevels'] as const).map((name) =>
        app.call(name, { token: tokens.editor, query }),
      ),
    );

    expect(answers.map((each) => each.status)).toEqual([403, 403, 403]);
  });

  test('no text, name, contact, asker or openid in any answer', async () => {
    const answers = [
      await figures(tokens.admin),
      ...(await Promise.all(
        (['received', 'answered', 'late', 'open_past_due', 'rated_1'] as const).flatMap((figure) =>
          (['question', 'application'] as const).map((kind) =>
            app.call('listServiceLevelCases', {
              token: tokens.admin,
              query: { year: '2026', kind, figure },
            }),
          ),
        ),
      )),
      await app.call('exportServiceLevels', { token: tokens.admin, query: { year: '2026' } }),
    ];
    const file = await downloadExport(
      await app.call('exportServiceLevels', { token: tokens.admin, query: { year: '2026' } }),
    );

    for (const answer of [...answers, { status: 200, text: file.text }]) {
      expect(answer.status).toBe(200);
      for (const secret of [
        QUESTION_TEXT,
        PHONE,
        APPLICANT,
        '张三',
        'u-asker',
        'openid-',
        '太慢了',
      ])
        expect(answer.text).not.toContain(secret);
    }
  });

  test('the CSV file: UTF-8 with a BOM, Chinese headers, a line per month × office × kind, then a totals line per kind', async () => {
    const file = await downloadExport(
      await app.call('exportServiceLevels', { token: tokens.responder, query: { year: '2026' } }),
    );

    expect(file.headers.get('content-type')).toContain('text/csv');
    expect(file.view.fileName).toBe('服务质量-2026.csv');
    const lines = file.text.split('\r\n').filter(Boolean);
    expect(lines[0]!.startsWith('\uFEFF月份,科室,类别,受理')).toBe(true);
    expect(lines).toHaveLength(1 + 4 + 2);
    expect(lines.slice(-2).map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      '2026年合计,全部科室,群众留言',
      '2026年合计,全部科室,依申请公开',
    ]);
  });

  // Last: it changes what the others count. No writer names a case's office yet; a question
  // stored with one (as such a writer would store it) is counted under it.
  test('an office set by hand on two answered copies puts each in its own row, named from the office list, and the drill-down keeps one office', async () => {
    const answered = await app.table.client.send(
      new QueryCommand({
        TableName: app.table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': ANSWERED_QUESTIONS_PK },
      }),
    );
    const offices: Record<string, string> = { [ids.onTime!]: 'traffic', [ids.late!]: 'population' };
    for (const item of answered.Items ?? [])
      await app.table.client.send(
        new UpdateCommand({
          TableName: app.table.tableName,
          Key: { pk: item.pk, sk: item.sk },
          UpdateExpression: 'SET office = :office',
          ExpressionAttributeValues: { ':office': offices[String(item.id)] },
        }),
      );

    const response = await figures(tokens.responder, { year: '2026', month: '2026-09' });
    const late = await app.call('listServiceLevelCases', {
      token: tokens.responder,
      query: {
        year: '2026',
        month: '2026-09',
        office: 'population',
        kind: 'question',
        figure: 'received',
      },
    });

    const questions = (response.body.data as ServiceLevelsView).rows.filter(
      (row) => row.kind === 'question',
    );
    expect(questions.map((row) => [row.officeName, row.received, row.onTime, row.late])).toEqual([
      ['交通警察大队', 1, 1, 0],
      ['人口管理大队', 1, 0, 1],
    ]);
    expect(late.body.data.cases.map((each: { id: string }) => each.id)).toEqual([ids.late]);
  });
});
