import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ERASED_TEXT } from '@sunshine/shared';
import { createTestApp } from './support/app';

/** The daily erasure of questions' contacts: after the retention period, only the contact goes, once. */
const clockFile = join(tmpdir(), `sunshine-retention-clock-${process.pid}`);
const shiftDays = (days: number) => writeFileSync(clockFile, String(days * 86_400_000));
let app: Awaited<ReturnType<typeof createTestApp>>;
// Each test runs the job several times through its handler: more than the default 5 s on a busy machine.
jest.setTimeout(30_000);

beforeAll(async () => {
  shiftDays(0);
  app = await createTestApp('retention', { LOCAL_CLOCK_FILE: clockFile });
});

afterAll(() => app.drop());

// Each test travels forward from today: the cursors a previous test left years ahead are removed.
beforeEach(async () => {
  const { DeleteCommand, QueryCommand } = await import('@aws-sdk/lib-dynamodb');
  const { retentionMarkKey } = await import('../../src/adapters/dynamo/keys');
  const { pk, sk } = retentionMarkKey('');
  const marks = await app.table.client.send(
    new QueryCommand({
      TableName: app.table.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': pk, ':prefix': sk },
    }),
  );
  for (const mark of marks.Items ?? [])
    await app.table.client.send(
      new DeleteCommand({ TableName: app.table.tableName, Key: { pk: mark.pk, sk: mark.sk } }),
    );
});

test("a question's contact and text are erased two years after the answer, an open one's two years after its deadline; the answer stays", async () => {
  const responder = await app.addStaff('u-responder', ['responder']);
  const resident = (await app.tokens.issue('u-resident', [])).token;
  const ask = async (clientKey: string, text: string) =>
    (
      await app.call('askQuestion', {
        token: resident,
        body: {
          clientKey,
          kind: 'general',
          text,
          contact: { name: '赵女士', phone: '13700000001' },
          consent: true,
        },
      })
    ).body.data.id as string;
  const answered = await ask('retention-question-0000001', '居住证怎么续签？请回电。');
  await app.call('answerQuestion', {
    token: responder,
    pathParameters: { id: answered },
    body: { text: '到派出所办理。' },
  });
  const open = await ask('retention-question-0000002', '这个问题一直没人回答。');
  const erase = () => app.invoke('erasePersonalData');
  const staffCopy = async (id: string) => {
    const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
    const { questionKey } = await import('../../src/adapters/dynamo/keys');
    return (
      await app.table.client.send(
        new GetCommand({ TableName: app.table.tableName, Key: questionKey(id) }),
      )
    ).Item!;
  };

  shiftDays(365);
  expect((await erase()).questions).toBe(0);
  expect((await staffCopy(answered)).contact).toEqual({ name: '赵女士', phone: '13700000001' });

  shiftDays(2 * 365 + 30);
  expect((await erase()).questions).toBe(2);
  for (const id of [answered, open]) {
    const item = await staffCopy(id);
    expect(item.contact).toBeUndefined();
    expect(item.contactErased).toBe(true);
    expect(item.text).toBe(ERASED_TEXT);
  }
  expect((await staffCopy(answered)).answer.text).toBe('到派出所办理。');
  const queue = (await app.call('listQuestionQueue', { token: responder })).body.data as Array<{
    id: string;
    contact?: unknown;
  }>;
  expect(queue.find((question) => question.id === open)?.contact).toBeUndefined();
  expect((await erase()).questions).toBe(0);
  shiftDays(0);
});

test("an applicant's name, contact and masked number are erased two years after the reply; the case stays", async () => {
  const discloser = await app.addStaff('u-discloser', ['discloser']);
  const applicant = (await app.tokens.issue('u-applicant', [])).token;
  const applied = await app.call('submitApplication', {
    token: applicant,
    body: {
      clientKey: 'retention-application-0001',
      applicant: { type: 'person', name: '钱先生' },
      identity: { type: 'resident_id', number: '11010519491231002X' },
      contact: { phone: '13600000002' },
      description: '申请公开 2025 年度治安行政处罚统计数据',
      delivery: { form: 'paper', method: 'pickup' },
      consent: true,
    },
  });
  const id = applied.body.data.id as string;
  const case_ = (await app.call('getApplication', { token: discloser, pathParameters: { id } }))
    .body.data;
  expect(
    (
      await app.call('recordApplicationEvent', {
        token: discloser,
        pathParameters: { id },
        body: {
          action: 'reply',
          version: case_.version,
          outcome: 'disclosed',
          basis: '条例第三十六条',
          text: '数据已寄出。',
        },
      })
    ).status,
  ).toBe(200);
  const erase = () => app.invoke('erasePersonalData');

  shiftDays(365);
  expect((await erase()).applications).toBe(0);
  shiftDays(2 * 365 + 3);
  expect((await erase()).applications).toBe(1);
  const after = (await app.call('getApplication', { token: discloser, pathParameters: { id } }))
    .body.data;
  expect(JSON.stringify(after)).not.toMatch(/钱先生|13600000002|002X/);
  expect(after).toMatchObject({
    description: '申请公开 2025 年度治安行政处罚统计数据',
    status: 'replied',
  });
  expect((await erase()).applications).toBe(0);
  shiftDays(0);
});

test('an answer prepared before the nightly erasure does not write the erased contact back; the responder is told to reload', async () => {
  const resident = (await app.tokens.issue('u-late-asker', [])).token;
  const asked = await app.call('askQuestion', {
    token: resident,
    body: {
      clientKey: 'retention-question-0000003',
      kind: 'general',
      text: '户口迁移需要什么材料？',
      contact: { name: '孙先生', phone: '13500000003' },
      consent: true,
    },
  });
  const id = asked.body.data.id as string;
  const { questionDeps, questionStore } = await import('../../src/wiring/questions');
  const { answerQuestion } = await import('../../src/domain/questions/questions');
  // The responder opened the question (with its contact) before the erasure ran.
  const openedEarlier = (await questionStore().get(id))!;
  expect(openedEarlier.contact).toEqual({ name: '孙先生', phone: '13500000003' });

  shiftDays(2 * 365 + 30);
  expect((await app.invoke('erasePersonalData')).questions).toBeGreaterThanOrEqual(1);
  const store = questionStore();
  const withEarlierRead = Object.assign(Object.create(store) as typeof store, {
    get: async () => openedEarlier,
  });
  const responder = {
    userId: 'u-responder',
    displayName: '测试u-responder',
    roles: ['responder' as const],
  };

  await expect(
    answerQuestion(
      { ...questionDeps(), questions: withEarlierRead },
      responder,
      id,
      '请携带户口簿。',
    ),
  ).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('刷新') });
  const stored = (await store.get(id))!;
  expect(stored.contact).toBeUndefined();
  expect(stored.status).not.toBe('answered');
  shiftDays(0);
});

/** One table item by key, as stored. */
async function stored(Key: { pk: string; sk: string }) {
  const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
  return (await app.table.client.send(new GetCommand({ TableName: app.table.tableName, Key })))
    .Item;
}

test("two years after the answer the question's text and the rating's reason go from every copy; score and answer stay", async () => {
  const responder = await app.addStaff('u-responder', ['responder']);
  const resident = (await app.tokens.issue('u-rater', [])).token;
  const id = (
    await app.call('askQuestion', {
      token: resident,
      body: {
        clientKey: 'retention-question-0000004',
        kind: 'general',
        text: '我住幸福小区3栋，门口路灯坏了',
        consent: true,
      },
    })
  ).body.data.id as string;
  await app.call('answerQuestion', {
    token: responder,
    pathParameters: { id },
    body: { text: '已通知维修。' },
  });
  expect(
    (
      await app.call('rateAnswer', {
        token: resident,
        pathParameters: { id },
        body: { score: 2, problems: ['too_slow'], reason: '我姓周，电话13900000004，修得太慢' },
      })
    ).status,
  ).toBe(200);

  shiftDays(2 * 365 + 30);
  await app.invoke('erasePersonalData');
  const { answerRatingKey, questionKey } = await import('../../src/adapters/dynamo/keys');
  const everything = JSON.stringify([
    await stored(questionKey(id)),
    await stored(answerRatingKey(id)),
    (await app.call('listMyQuestions', { token: resident })).body.data,
    (await app.call('listAnsweredQuestions', { token: responder })).body.data,
  ]);
  expect(everything).not.toMatch(/幸福小区|13900000004|我姓周/);
  const mine = (await app.call('listMyQuestions', { token: resident })).body.data.find(
    (question: { id: string }) => question.id === id,
  );
  expect(mine).toMatchObject({
    answer: { text: '已通知维修。' },
    rating: { score: 2, problems: ['too_slow'] },
  });
  shiftDays(0);
});

test('two years after a consultation closed: names and contacts go, the text of a refused comment goes, a shown comment stays public', async () => {
  const editor = await app.addStaff('u-editor', ['editor']);
  const reviewer = await app.addStaff('u-reviewer', ['reviewer']);
  const { aConsultationDraft } = await import('../support/drafts');
  const id = (await app.call('createDraft', { token: editor, body: aConsultationDraft() })).body
    .data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  expect(
    (await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} })).status,
  ).toBe(200);
  const commenter = (await app.tokens.issue('u-commenter', [])).token;
  const comment = async (clientKey: string, text: string) =>
    (
      await app.call('submitComment', {
        token: commenter,
        pathParameters: { id },
        body: { clientKey, text, name: '吴先生', contact: '13800000005', consent: true },
      })
    ).body.data.id as string;
  const shown = await comment('retention-comment-0000001', '建议增加自助办理机。');
  const refused = await comment(
    'retention-comment-0000002',
    '我是吴某，家住光明路8号，想投诉邻居。',
  );
  const moderate = (commentId: string, body: object) =>
    app.call('moderateComment', { token: reviewer, pathParameters: { id, commentId }, body });
  expect((await moderate(shown, { approve: true })).status).toBe(200);
  expect((await moderate(refused, { approve: false, reason: '与本草案无关' })).status).toBe(200);

  shiftDays(30 + 2 * 365 + 2);
  expect((await app.invoke('erasePersonalData')).comments).toBe(2);
  const staff = (
    await app.call('listConsultationComments', {
      token: reviewer,
      pathParameters: { id },
      query: { limit: '50' },
    })
  ).body.data.items as Array<{ id: string; text: string; name?: string }>;
  expect(staff.find((each) => each.id === shown)).toMatchObject({ text: '建议增加自助办理机。' });
  const everything = JSON.stringify([
    staff,
    (await app.call('listMyComments', { token: commenter })).body.data,
  ]);
  expect(everything).not.toMatch(/吴先生|13800000005|光明路|吴某/);
  expect(
    (await app.call('listComments', { pathParameters: { id } })).body.data.items.map(
      (each: { text: string }) => each.text,
    ),
  ).toEqual(['建议增加自助办理机。']);
  shiftDays(0);
});

test("an application never replied to loses its applicant's details two years after its deadline; a correction's text goes with them", async () => {
  const discloser = await app.addStaff('u-discloser', ['discloser']);
  const applicant = (await app.tokens.issue('u-waiting', [])).token;
  const apply = async (clientKey: string) =>
    (
      await app.call('submitApplication', {
        token: applicant,
        body: {
          clientKey,
          applicant: { type: 'person', name: '郑女士' },
          identity: { type: 'resident_id', number: '11010519491231002X' },
          contact: { phone: '13600000006' },
          description: '申请公开 2025 年道路施工许可',
          delivery: { form: 'paper', method: 'pickup' },
          consent: true,
        },
      })
    ).body.data.id as string;
  const running = await apply('retention-application-0002');
  const stopped = await apply('retention-application-0003');
  const act = (id: string, body: object) =>
    app.call('recordApplicationEvent', { token: discloser, pathParameters: { id }, body });
  // One corrected (its clock runs again, past its deadline), one still waiting for its correction (its clock stopped).
  expect(
    (await act(running, { action: 'request_correction', version: 1, text: '请写明路段' })).status,
  ).toBe(200);
  expect(
    (
      await app.call('correctApplication', {
        token: applicant,
        pathParameters: { id: running },
        body: { clientKey: 'retention-correction-00001', text: '我家门口，电话13600000007' },
      })
    ).status,
  ).toBe(200);
  expect(
    (await act(stopped, { action: 'request_correction', version: 1, text: '请写明哪条路' })).status,
  ).toBe(200);

  shiftDays(365);
  expect((await app.invoke('erasePersonalData')).applications).toBe(0);
  shiftDays(2 * 365 + 60);
  expect((await app.invoke('erasePersonalData')).applications).toBe(2);
  for (const id of [running, stopped]) {
    const after = (await app.call('getApplication', { token: discloser, pathParameters: { id } }))
      .body.data;
    expect(JSON.stringify(after)).not.toMatch(/郑女士|1360000000|002X|我家门口/);
    expect(after).toMatchObject({ erased: true, description: '申请公开 2025 年道路施工许可' });
  }
  const queue = JSON.stringify(
    (await app.call('listApplicationQueue', { token: discloser })).body.data,
  );
  expect(queue).not.toMatch(/郑女士|1360000000|我家门口/);
  shiftDays(0);
});

test('more records than one run may erase: each run resumes where the last stopped, all are erased once, nothing is read again', async () => {
  const responder = await app.addStaff('u-responder', ['responder']);
  const discloser = await app.addStaff('u-discloser', ['discloser']);
  const resident = (await app.tokens.issue('u-many', [])).token;
  for (let i = 0; i < 5; i++) {
    const id = (
      await app.call('askQuestion', {
        token: resident,
        body: {
          clientKey: `retention-budget-question-${i}`,
          kind: 'general',
          text: `第${i}个问题`,
          contact: { name: '冯先生', phone: '13700000008' },
          consent: true,
        },
      })
    ).body.data.id as string;
    await app.call('answerQuestion', {
      token: responder,
      pathParameters: { id },
      body: { text: '已答复。' },
    });
  }
  for (let i = 0; i < 2; i++) {
    const id = (
      await app.call('submitApplication', {
        token: resident,
        body: {
          clientKey: `retention-budget-application-${i}`,
          applicant: { type: 'person', name: '冯先生' },
          identity: { type: 'resident_id', number: '11010519491231002X' },
          contact: { phone: '13700000008' },
          description: `申请公开第${i}项`,
          delivery: { form: 'paper', method: 'pickup' },
          consent: true,
        },
      })
    ).body.data.id as string;
    await app.call('recordApplicationEvent', {
      token: discloser,
      pathParameters: { id },
      body: {
        action: 'reply',
        version: 1,
        outcome: 'disclosed',
        basis: '条例第三十六条',
        text: '已寄出。',
      },
    });
  }
  // Earlier tests' records were erased by their own runs: only this test's seven are due.
  shiftDays(2 * 365 + 30);
  process.env.ERASURE_RECORDS_PER_RUN = '2';
  try {
    type Report = {
      questions: number;
      applications: number;
      comments: number;
      examined: number;
      complete: boolean;
    };
    const runs: Report[] = [];
    for (let run = 0; run < 6; run++) runs.push(await app.invoke<Report>('erasePersonalData'));
    const erased = runs.map((report) => report.questions + report.applications + report.comments);

    expect(erased).toEqual([2, 2, 2, 1, 0, 0]);
    expect(runs.map((report) => report.complete)).toEqual([false, false, false, true, true, true]);
    expect(runs.reduce((sum, report) => sum + report.questions, 0)).toBe(5);
    expect(runs.reduce((sum, report) => sum + report.applications, 0)).toBe(2);
    // Each run reads only past where the last stopped: once all is done, nothing is read at all.
    expect(runs[5]!.examined).toBe(0);
    expect(runs[4]!.examined).toBe(0);
  } finally {
    delete process.env.ERASURE_RECORDS_PER_RUN;
    shiftDays(0);
  }
});
