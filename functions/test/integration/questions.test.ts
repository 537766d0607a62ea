import type { AddressInfo } from 'node:net';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { userKey } from '../../src/adapters/dynamo/keys';
import { createTestApp } from './support/app';

// The real WeChat sandbox, over HTTP, answers the content checks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let sandboxUrl: string;
let app: Awaited<ReturnType<typeof createTestApp>>;
let resident: string;
let neighbour: string;
let responder: string;
let n = 0;

const key = () => `test-client-key-${String(++n).padStart(6, '0')}`;
/** The content checks WeChat (the sandbox) received for one person's openid. */
const contentChecksOf = async (openid: string) =>
  (
    (await (await fetch(`${sandboxUrl}/sandbox/content-checks`)).json()) as Array<{
      openid: string;
      content: string;
    }>
  ).filter((check) => check.openid === openid);
/** A resident of one's own (a WeChat identity, so their text is checked), for a limit of their own. */
async function newResident(userId: string) {
  await app.table.client.send(
    new PutCommand({
      TableName: app.table.tableName,
      Item: {
        ...userKey(userId),
        userId,
        openid: `o-${userId}`,
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    }),
  );
  return (await app.tokens.issue(userId, [])).token;
}
/** From 127.0.0.1 unless said: a test that asks many gives its own address, as the address's limit is shared. */
const ask = (token: string, body: object, sourceIp?: string) =>
  app.call('askQuestion', {
    token,
    sourceIp,
    body: { clientKey: key(), kind: 'general', consent: true, ...body },
  });

beforeAll(async () => {
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  sandboxUrl = `http://127.0.0.1:${port}`;
  app = await createTestApp('questions', { WECHAT_API_BASE: sandboxUrl });
  for (const userId of ['u-resident', 'u-neighbour']) {
    await app.table.client.send(
      new PutCommand({
        TableName: app.table.tableName,
        Item: {
          ...userKey(userId),
          userId,
          openid: `o-${userId}`,
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      }),
    );
  }
  resident = (await app.tokens.issue('u-resident', [])).token;
  neighbour = (await app.tokens.issue('u-neighbour', [])).token;
  responder = await app.addStaff('u-responder', ['responder'], 'active', '王答复');
  await app.call('putCalendar', {
    token: await app.addStaff('u-admin', ['admin']),
    pathParameters: { year: String(new Date().getFullYear()) },
    body: { holidays: [], workdays: [] },
  });
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

describe('questions to staff', () => {
  test('a resident asks; a responder answers; the resident sees the answer; the contact stays with staff', async () => {
    const asked = await ask(resident, {
      text: '身份证过期了还能坐高铁吗？',
      contact: { name: '李女士', phone: '13800000000' },
    });
    expect(asked.body.data).toMatchObject({
      status: 'pending',
      text: '身份证过期了还能坐高铁吗？',
      dueAt: expect.any(String),
    });
    expect(asked.text).not.toContain('13800000000');

    const queue = await app.call('listQuestionQueue', { token: responder });
    const entry = queue.body.data.find(
      (question: { id: string }) => question.id === asked.body.data.id,
    );
    expect(entry).toMatchObject({
      contact: { name: '李女士', phone: '13800000000' },
      heldForCheck: false,
      dueApproximate: false,
    });

    const answered = await app.call('answerQuestion', {
      token: responder,
      pathParameters: { id: asked.body.data.id },
      body: { text: '可以凭临时身份证明乘车。' },
    });
    expect(answered.body.data.status).toBe('answered');
    const mine = await app.call('listMyQuestions', { token: resident });
    expect(mine.body.data[0]).toMatchObject({
      id: asked.body.data.id,
      status: 'answered',
      answer: { text: '可以凭临时身份证明乘车。' },
    });
    expect(mine.text).not.toMatch(/13800000000|李女士|王答复/);
    expect(
      (await app.call('listQuestionQueue', { token: responder })).body.data.map(
        (q: { id: string }) => q.id,
      ),
    ).not.toContain(asked.body.data.id);
    expect(
      (
        await app.call('answerQuestion', {
          token: responder,
          pathParameters: { id: asked.body.data.id },
          body: { text: '再答一次' },
        })
      ).status,
    ).toBe(409);
  });

  test('20 parallel copies of one submission store one question', async () => {
    const clientKey = 'parallel-submission-key-0001';
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.call('askQuestion', {
          token: neighbour,
          body: { clientKey, kind: 'service', text: '办理居住证要多久？', consent: true },
        }),
      ),
    );

    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(new Set(responses.map((response) => response.body.data.id)).size).toBe(1);
    expect(
      (await app.call('listMyQuestions', { token: neighbour })).body.data.filter(
        (q: { text: string }) => q.text === '办理居住证要多久？',
      ),
    ).toHaveLength(1);
  });

  test('risky text is refused and kept nowhere; text WeChat wants reviewed is kept and marked for staff', async () => {
    const risky = await ask(resident, { text: '这里有诈骗链接，点开就送' });
    const review = await ask(resident, { text: '可以代办证件吗，多少钱？' });

    expect(risky.status).toBe(400);
    expect(risky.body.error.fields).toEqual([
      { field: 'text', message: '内容含有不适宜的信息，请修改后再提交' },
    ]);
    expect(review.body.data.status).toBe('held');
    const queue = (await app.call('listQuestionQueue', { token: responder })).body.data as Array<{
      text: string;
      heldForCheck: boolean;
    }>;
    expect(queue.find((q) => q.text.startsWith('可以代办证件'))?.heldForCheck).toBe(true);
    expect(queue.some((q) => q.text.includes('诈骗链接'))).toBe(false);
  });

  test('an urgent concern is due in 5 hours', async () => {
    const asked = await ask(resident, { kind: 'urgent', text: '路口塌陷，有车辆被困！' });

    const hours = (Date.parse(asked.body.data.dueAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(4.9);
    expect(hours).toBeLessThanOrEqual(5);
  });

  test.each([
    ['an empty text', { text: '   ' }, 'text'],
    ['no consent', { text: '请问怎么办理？', consent: false }, 'consent'],
    ['a text over 1,000 characters', { text: '问'.repeat(1001) }, 'text'],
    ['a malformed phone', { text: '请问怎么办理？', contact: { phone: 'abc' } }, 'contact.phone'],
    ['a text that is a number', { text: 12345678 }, 'text'],
    ['an unknown kind', { text: '请问怎么办理？', kind: 'gossip' }, 'kind'],
    [
      'a name over 20 characters',
      { text: '请问怎么办理？', contact: { name: '名'.repeat(21), phone: '' } },
      'contact.name',
    ],
  ])('refuses %s, naming the field', async (_, body, field) => {
    const response = await ask(resident, body);

    expect(response.status).toBe(400);
    expect(response.body.error.fields.map((issue: { field: string }) => issue.field)).toContain(
      field,
    );
  });

  test('a script tag is kept as text, never as markup; emoji too', async () => {
    // A resident of its own: the neighbour's 20 parallel copies above caused 20 checks, the hour's budget.
    const asked = await ask(await newResident('u-markup'), {
      text: '<script>alert(1)</script> 请问户口迁移？😀👍🏻',
    });

    expect(asked.body.data.text).toBe('<script>alert(1)</script> 请问户口迁移？😀👍🏻');
    expect(asked.headers['content-type']).toContain('application/json');
  });

  test('more than 10 questions in an hour from one person: try again later', async () => {
    const someone = (await app.tokens.issue('u-busy', [])).token;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push((await ask(someone, { text: `第 ${i + 1} 个问题：怎么办理？` })).status);

    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  test('fourteen questions in a row from one person: ten stored, four refused with 429, and WeChat checked only the ten', async () => {
    const someone = await newResident('u-fourteen');
    const responses = [];
    for (let i = 0; i < 14; i++)
      responses.push(
        await ask(someone, { text: `第 ${i + 1} 个问题：怎么办理？` }, '198.51.100.14'),
      );

    expect(responses.map((response) => response.status)).toEqual([
      ...Array(10).fill(200),
      ...Array(4).fill(429),
    ]);
    expect(await contentChecksOf('o-u-fourteen')).toHaveLength(10);
    // Refused until the hour's counter turns: at most an hour, and a message a resident understands.
    const refused = responses[13]!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(refused.body.error).toEqual({
      code: 'RATE_LIMITED',
      message: '提交过于频繁，请稍后再试',
    });
  });

  test('a question refused by the content check or by validation takes no slot of the hour', async () => {
    const someone = await newResident('u-refused-first');
    expect((await ask(someone, { text: '这里有诈骗链接，点开就送' }, '198.51.100.15')).status).toBe(
      400,
    );
    expect((await ask(someone, { text: '   ' }, '198.51.100.15')).status).toBe(400);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push(
        (await ask(someone, { text: `第 ${i + 1} 个问题：怎么办理？` }, '198.51.100.15')).status,
      );

    expect(statuses).toEqual(Array(10).fill(200));
  });

  test('at 9 of 10, twenty questions at once: ten stored in all, and WeChat checked at most twice the limit', async () => {
    const someone = await newResident('u-burst');
    for (let i = 0; i < 9; i++)
      expect(
        (await ask(someone, { text: `第 ${i + 1} 个问题：怎么办理？` }, '198.51.100.16')).status,
      ).toBe(200);
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ask(someone, { text: `同时发出的第 ${i + 1} 个问题：怎么办理？` }, '198.51.100.16'),
      ),
    );

    expect(burst.filter((response) => response.status === 200)).toHaveLength(1);
    expect(burst.filter((response) => response.status === 429)).toHaveLength(19);
    expect((await app.call('listMyQuestions', { token: someone })).body.data).toHaveLength(10);
    // The read-only check lets every copy of the burst through; the check budget (2 × 10) does not.
    expect((await contentChecksOf('o-u-burst')).length).toBeLessThanOrEqual(2 * 10);
  });

  test('a client key sent again with another text answers 409 CLIENT_KEY_REUSED; the same question again answers the first', async () => {
    const someone = await newResident('u-reuser');
    const clientKey = 'reused-question-key-000001';
    const first = await app.call('askQuestion', {
      token: someone,
      body: { clientKey, kind: 'general', text: '户口迁移要带什么？', consent: true },
    });
    const retry = await app.call('askQuestion', {
      token: someone,
      body: { clientKey, kind: 'general', text: '户口迁移要带什么？', consent: true },
    });
    const other = await app.call('askQuestion', {
      token: someone,
      body: { clientKey, kind: 'general', text: '另一个问题：护照怎么办？', consent: true },
    });

    expect(first.status).toBe(200);
    expect(retry.body.data.id).toBe(first.body.data.id);
    expect(other.status).toBe(409);
    expect(other.body.error).toEqual({
      code: 'CLIENT_KEY_REUSED',
      message: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
    expect(
      (await app.call('listMyQuestions', { token: someone })).body.data.map(
        (q: { text: string }) => q.text,
      ),
    ).toEqual(['户口迁移要带什么？']);
    // The retry and the reuse are answered from the recorded key: WeChat checked the text once.
    expect(await contentChecksOf('o-u-reuser')).toHaveLength(1);
  });

  test('only responders see the queue and answer', async () => {
    expect((await app.call('listQuestionQueue', { token: resident })).status).toBe(403);
  });
});
