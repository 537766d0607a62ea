import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from './support/app';

/** The daily erasure of questions' contacts: after the retention period, only the contact goes, once. */
const clockFile = join(tmpdir(), `sunshine-retention-clock-${process.pid}`);
const shiftDays = (days: number) => writeFileSync(clockFile, String(days * 86_400_000));
let app: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  shiftDays(0);
  app = await createTestApp('retention', { LOCAL_CLOCK_FILE: clockFile });
});

afterAll(() => app.drop());

// Each test travels forward from today: the marks a previous test left years ahead are removed.
beforeEach(async () => {
  const { DeleteCommand } = await import('@aws-sdk/lib-dynamodb');
  const { retentionMarkKey } = await import('../../src/adapters/dynamo/keys');
  for (const list of ['ANSWERED_QUESTIONS', 'REPLIED_APPLICATIONS']) await app.table.client.send(new DeleteCommand({ TableName: app.table.tableName, Key: retentionMarkKey(list) }));
});

test("a question's contact is erased two years after the answer, an open one's two years after its deadline; the rest stays", async () => {
  const responder = await app.addStaff('u-responder', ['responder']);
  const resident = (await app.tokens.issue('u-resident', [])).token;
  const ask = async (clientKey: string, text: string) =>
    (await app.call('askQuestion', { token: resident, body: { clientKey, kind: 'general', text, contact: { name: '赵女士', phone: '13700000001' }, consent: true } })).body.data.id as string;
  const answered = await ask('retention-question-0000001', '居住证怎么续签？请回电。');
  await app.call('answerQuestion', { token: responder, pathParameters: { id: answered }, body: { text: '到派出所办理。' } });
  const open = await ask('retention-question-0000002', '这个问题一直没人回答。');
  const erase = () => app.invoke('erasePersonalData');
  const staffCopy = async (id: string) => {
    const { GetCommand } = await import('@aws-sdk/lib-dynamodb');
    const { questionKey } = await import('../../src/adapters/dynamo/keys');
    return (await app.table.client.send(new GetCommand({ TableName: app.table.tableName, Key: questionKey(id) }))).Item!;
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
    expect(item.text).toBeTruthy();
  }
  const queue = (await app.call('listQuestionQueue', { token: responder })).body.data as Array<{ id: string; contact?: unknown }>;
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
  const case_ = (await app.call('getApplication', { token: discloser, pathParameters: { id } })).body.data;
  expect((await app.call('recordApplicationEvent', { token: discloser, pathParameters: { id }, body: { action: 'reply', version: case_.version, kind: 'provided', text: '数据已寄出。' } })).status).toBe(200);
  const erase = () => app.invoke('erasePersonalData');

  shiftDays(365);
  expect((await erase()).applications).toBe(0);
  shiftDays(2 * 365 + 3);
  expect((await erase()).applications).toBe(1);
  const after = (await app.call('getApplication', { token: discloser, pathParameters: { id } })).body.data;
  expect(JSON.stringify(after)).not.toMatch(/钱先生|13600000002|002X/);
  expect(after).toMatchObject({ description: '申请公开 2025 年度治安行政处罚统计数据', status: 'replied' });
  expect((await erase()).applications).toBe(0);
  shiftDays(0);
});

test('an answer prepared before the nightly erasure does not write the erased contact back; the responder is told to reload', async () => {
  const resident = (await app.tokens.issue('u-late-asker', [])).token;
  const asked = await app.call('askQuestion', { token: resident, body: { clientKey: 'retention-question-0000003', kind: 'general', text: '户口迁移需要什么材料？', contact: { name: '孙先生', phone: '13500000003' }, consent: true } });
  const id = asked.body.data.id as string;
  const { questionDeps, questionStore } = await import('../../src/container');
  const { answerQuestion } = await import('../../src/domain/questions/questions');
  // The responder opened the question (with its contact) before the erasure ran.
  const openedEarlier = (await questionStore().get(id))!;
  expect(openedEarlier.contact).toEqual({ name: '孙先生', phone: '13500000003' });

  shiftDays(2 * 365 + 30);
  expect((await app.invoke('erasePersonalData')).questions).toBeGreaterThanOrEqual(1);
  const store = questionStore();
  const withEarlierRead = Object.assign(Object.create(store) as typeof store, { get: async () => openedEarlier });
  const responder = { userId: 'u-responder', displayName: '测试u-responder', roles: ['responder' as const] };

  await expect(answerQuestion({ ...questionDeps(), questions: withEarlierRead }, responder, id, '请携带户口簿。')).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('刷新') });
  const stored = (await store.get(id))!;
  expect(stored.contact).toBeUndefined();
  expect(stored.status).not.toBe('answered');
  shiftDays(0);
});
