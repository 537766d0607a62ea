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

test("a question's contact is erased two years after the answer, an open one's two years after its deadline; the rest stays", async () => {
  const responder = await app.addStaff('u-responder', ['responder']);
  const resident = (await app.tokens.issue('u-resident', [])).token;
  const ask = async (clientKey: string, text: string) =>
    (await app.call('askQuestion', { token: resident, body: { clientKey, kind: 'general', text, contact: { name: '赵女士', phone: '13700000001' }, consent: true } })).body.data.id as string;
  const answered = await ask('retention-question-0000001', '居住证怎么续签？请回电。');
  await app.call('answerQuestion', { token: responder, pathParameters: { id: answered }, body: { text: '到派出所办理。' } });
  const open = await ask('retention-question-0000002', '这个问题一直没人回答。');
  const { handler: erase } = await import('../../src/handlers/scheduled/erase-personal-data');
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
