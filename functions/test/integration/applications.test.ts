import type { AddressInfo } from 'node:net';
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { SubmissionGuard } from '../../src/adapters/dynamo/submission-guard';
import { DynamoApplicationStore } from '../../src/adapters/dynamo/application-store';
import {
  applicantPk,
  applicationKey,
  APPLICATION_QUEUE_PK,
  auditPk,
  userKey,
} from '../../src/adapters/dynamo/keys';
import { chinaMonth } from '@sunshine/shared';
import { createTestApp } from './support/app';

// The real WeChat sandbox, over HTTP, answers the content checks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let sandboxUrl: string;
let app: Awaited<ReturnType<typeof createTestApp>>;
let resident: string;
let neighbour: string;
let discloser: string;
let n = 0;

const PHONE = '13912345678';
const ID_NUMBER = '11010519491231002X';
const MASKED = '1*************002X';
const NAME = '陈申请';

const key = (prefix = 'apply') => `${prefix}-integration-${String(++n).padStart(6, '0')}`;
const form = (patch: object = {}) => ({
  clientKey: key(),
  applicant: { type: 'person', name: NAME },
  identity: { type: 'resident_id', number: ID_NUMBER },
  contact: {
    phone: PHONE,
    address: '昆明市盘龙区某路 8 号',
    postcode: '650000',
    email: 'chen@example.cn',
  },
  description: '2024 年本区道路交通事故统计（按月）',
  purpose: '学术研究',
  delivery: { form: 'electronic', method: 'email' },
  consent: true,
  ...patch,
});
const apply = (token: string, patch: object = {}) =>
  app.call('submitApplication', { token, body: form(patch) });
const act = (id: string, body: object, token = discloser) =>
  app.call('recordApplicationEvent', { token, pathParameters: { id }, body });
/** A resident of one's own: five applications an hour is each person's limit. */
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
const current = async (id: string) =>
  (await app.call('getApplication', { token: discloser, pathParameters: { id } })).body.data;

beforeAll(async () => {
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  sandboxUrl = `http://127.0.0.1:${port}`;
  app = await createTestApp('applications', { WECHAT_API_BASE: sandboxUrl });
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
  discloser = await app.addStaff('u-discloser', ['discloser'], 'active', '赵办理');
  const admin = await app.addStaff('u-admin', ['admin']);
  const year = new Date().getFullYear();
  for (const each of [year, year + 1])
    await app.call('putCalendar', {
      token: admin,
      pathParameters: { year: String(each) },
      body: { holidays: [], workdays: [] },
    });
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

describe('disclosure applications', () => {
  test('a resident applies; staff ask for a correction; the resident corrects; staff reply; the resident reads it', async () => {
    const applied = await apply(resident);
    expect(applied.status).toBe(200);
    const { id } = applied.body.data;
    expect(applied.body.data).toMatchObject({
      status: 'received',
      dueOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      dueApproximate: false,
    });
    expect(applied.text).not.toMatch(new RegExp(`${PHONE}|${ID_NUMBER}|${NAME}|002X`));

    const queue = await app.call('listApplicationQueue', { token: discloser });
    const entry = queue.body.data.find((each: { id: string }) => each.id === id);
    expect(entry).toMatchObject({
      identity: { type: 'resident_id', masked: MASKED },
      contact: { phone: PHONE },
      applicant: { name: NAME },
      heldForCheck: false,
      version: 1,
    });
    expect(queue.text).not.toContain(ID_NUMBER);

    const requested = await act(id, {
      action: 'request_correction',
      version: 1,
      text: '请写明需要哪几个月的数据',
    });
    expect(requested.body.data).toMatchObject({ status: 'awaiting_correction', version: 2 });
    const waiting = (await app.call('listMyApplications', { token: resident })).body.data.find(
      (each: { id: string }) => each.id === id,
    );
    expect(waiting).toMatchObject({
      status: 'awaiting_correction',
      correctionRequest: { text: '请写明需要哪几个月的数据' },
    });
    expect(waiting.dueOn).toBeUndefined();

    const corrected = await app.call('correctApplication', {
      token: resident,
      pathParameters: { id },
      body: { clientKey: key('correct'), text: '2024 年 1 月至 6 月' },
    });
    expect(corrected.body.data).toMatchObject({
      status: 'received',
      corrections: [{ text: '2024 年 1 月至 6 月' }],
    });

    const replied = await act(id, {
      action: 'reply',
      version: 3,
      outcome: 'disclosed',
      basis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
      text: '所需统计数据见附件，已发送至您的邮箱。',
    });
    expect(replied.body.data.status).toBe('replied');
    const mine = await app.call('listMyApplications', { token: resident });
    expect(mine.body.data.find((each: { id: string }) => each.id === id)).toMatchObject({
      status: 'replied',
      reply: { outcome: 'disclosed', text: '所需统计数据见附件，已发送至您的邮箱。' },
    });
    expect(mine.text).not.toMatch(
      new RegExp(`${PHONE}|${ID_NUMBER}|${NAME}|002X|赵办理|昆明市|chen@example`),
    );
    expect(
      (await app.call('listApplicationQueue', { token: discloser })).body.data.map(
        (each: { id: string }) => each.id,
      ),
    ).not.toContain(id);
  });

  test('the full identity number is stored nowhere, the applicant’s copy holds no contact or identity', async () => {
    const { id } = (await apply(neighbour)).body.data;

    const main = await app.table.client.send(
      new GetCommand({ TableName: app.table.tableName, Key: applicationKey(id) }),
    );
    const copies = await app.table.client.send(
      new QueryCommand({
        TableName: app.table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': applicantPk('u-neighbour') },
      }),
    );

    expect(JSON.stringify(main.Item)).not.toContain(ID_NUMBER);
    expect(main.Item?.identity).toEqual({ type: 'resident_id', masked: MASKED });
    expect(copies.Items?.length).toBeGreaterThan(0);
    for (const copy of copies.Items ?? []) {
      expect(copy).not.toHaveProperty('contact');
      expect(copy).not.toHaveProperty('identity');
      expect(copy).not.toHaveProperty('applicant');
    }
  });

  test("20 parallel copies of one submission store one application; a copy past the content checks' budget is told to wait", async () => {
    const someone = await newResident('u-parallel-copies');
    const body = form({ description: '并发提交测试：2023 年行政处罚决定书目录' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => app.call('submitApplication', { token: someone, body })),
    );

    // Each copy that reaches WeChat costs two checks (description, purpose) of the hour's 2 × 5.
    const answered = responses.filter((response) => response.status === 200);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    expect(
      responses.filter((response) => response.status !== 200).map((response) => response.status),
    ).toEqual(Array(20 - answered.length).fill(429));
    expect(new Set(answered.map((response) => response.body.data.id)).size).toBe(1);
    const mine = (await app.call('listMyApplications', { token: someone })).body.data as Array<{
      description: string;
    }>;
    expect(mine.filter((each) => each.description === body.description)).toHaveLength(1);
  });

  test('20 parallel copies of one correction record one correction', async () => {
    const { id } = (await apply(neighbour)).body.data;
    await act(id, { action: 'request_correction', version: 1, text: '请补充文件名称' });
    const body = { clientKey: key('correct'), text: '文件名称：关于某某的通知' };

    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.call('correctApplication', { token: neighbour, pathParameters: { id }, body }),
      ),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect((await current(id)).corrections).toHaveLength(1);
  });

  test("a correction's client key sent again with another text answers 409 CLIENT_KEY_REUSED; the same correction again answers the case", async () => {
    const someone = await newResident('u-correction-reuser');
    const { id } = (await apply(someone)).body.data;
    await act(id, { action: 'request_correction', version: 1, text: '请补充文件名称' });
    const clientKey = key('correct');
    const correct = (text: string) =>
      app.call('correctApplication', {
        token: someone,
        pathParameters: { id },
        body: { clientKey, text },
      });

    const first = await correct('文件名称：关于某某的通知');
    const retry = await correct('文件名称：关于某某的通知');
    const other = await correct('另一段补正：2023 年全年');

    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body.data).toMatchObject({
      id,
      corrections: [{ text: '文件名称：关于某某的通知' }],
    });
    expect(other.status).toBe(409);
    expect(other.body.error).toEqual({
      code: 'CLIENT_KEY_REUSED',
      message: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
    expect((await current(id)).corrections.map((each: { text: string }) => each.text)).toEqual([
      '文件名称：关于某某的通知',
    ]);
  });

  test('two corrections with one client key and different texts at once: one recorded, the other answers 409 CLIENT_KEY_REUSED', async () => {
    const someone = await newResident('u-correction-racer');
    const { id } = (await apply(someone)).body.data;
    await act(id, { action: 'request_correction', version: 1, text: '请补充文件名称' });
    const clientKey = key('correct');
    const texts = ['文件名称：甲通知', '文件名称：乙通知'];

    const responses = await Promise.all(
      texts.map((text) =>
        app.call('correctApplication', {
          token: someone,
          pathParameters: { id },
          body: { clientKey, text },
        }),
      ),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const recorded = (await current(id)).corrections.map((each: { text: string }) => each.text);
    expect(recorded).toEqual([texts[responses.findIndex((response) => response.status === 200)]]);
  });

  test('two staff acting at once: one wins, the other is told to refresh', async () => {
    const { id } = (await apply(neighbour)).body.data;

    const responses = await Promise.all([
      act(id, {
        action: 'reply',
        version: 1,
        outcome: 'disclosed',
        basis: '条例第三十六条',
        text: '答复甲',
      }),
      act(id, {
        action: 'reply',
        version: 1,
        outcome: 'unavailable_not_held',
        basis: '条例第三十六条',
        text: '答复乙',
      }),
      act(id, { action: 'extend', version: 1, days: 5, reason: '档案量大' }),
      act(id, { action: 'request_correction', version: 1, text: '请补充' }),
    ]);

    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    expect((await current(id)).version).toBe(2);
    // The audit log holds exactly one entry for this case: the winner's.
    expect((await auditOfThisMonth()).filter((entry) => entry.itemId === id)).toHaveLength(1);
  });

  test('the queue: running cases by due date, then those waiting for a correction or a third party', async () => {
    const someone = await newResident('u-queue');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push((await apply(someone, { description: `排序测试申请 ${i}` })).body.data.id);
    const [plain, shortExtension, longExtension, stopped] = ids as [string, string, string, string];
    await act(longExtension, { action: 'extend', version: 1, days: 15, reason: '档案量大' });
    await act(shortExtension, { action: 'extend', version: 1, days: 3, reason: '需要会商' });
    await act(stopped, { action: 'start_third_party', version: 1, note: '某公司：涉及商业信息' });

    const queue = (await app.call('listApplicationQueue', { token: discloser })).body
      .data as Array<{ id: string; dueOn?: string; status: string }>;
    const order = queue.map((each) => each.id).filter((id) => ids.includes(id));

    expect(order).toEqual([plain, shortExtension, longExtension, stopped]);
    const running = queue.filter((each) => each.status === 'received').map((each) => each.dueOn!);
    expect(running).toEqual([...running].sort());
    expect(queue.findIndex((each) => each.status !== 'received')).toBeGreaterThanOrEqual(
      running.length,
    );
  });

  test('a fee notice through the route: the case waits among the stopped ones, the applicant reads the amount, payment restarts it', async () => {
    const payer = await newResident('u-fee');
    const { id } = (await apply(payer, { description: '近三年的全部内部规程汇编' })).body.data;

    const noticed = await act(id, {
      action: 'notify_fee',
      version: 1,
      method: 'by_pages',
      quantity: 120,
    });
    const queue = (await app.call('listApplicationQueue', { token: discloser })).body
      .data as Array<{
      id: string;
      status: string;
    }>;
    const mine = (await app.call('listMyApplications', { token: payer })).body.data[0];
    const paid = await act(id, { action: 'record_fee_paid', version: 2 });

    expect(noticed.status).toBe(200);
    expect(queue.find((each) => each.id === id)?.status).toBe('awaiting_fee');
    expect(mine).toMatchObject({ status: 'awaiting_fee', fee: { amount: 1100, quantity: 120 } });
    expect(paid.body.data).toMatchObject({ status: 'received', fee: { amount: 1100 } });
    expect(paid.body.data.fee.paidOn).toEqual(expect.any(String));
  });

  test('forbidden steps answer 409 with a reason', async () => {
    const someone = await newResident('u-forbidden');
    const { id } = (await apply(someone)).body.data;
    await act(id, { action: 'extend', version: 1, days: 20, reason: '档案量大' });

    const twice = await act(id, { action: 'extend', version: 2, days: 1, reason: '再延一次' });
    const uncalled = await app.call('correctApplication', {
      token: someone,
      pathParameters: { id },
      body: { clientKey: key('correct'), text: '补充' },
    });

    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('答复期限只能延长一次');
    expect(uncalled.status).toBe(409);
    expect(uncalled.body.error.message).toBe('该申请目前不需要补正');
  });

  test('only the applicant corrects: anyone else finds no such application', async () => {
    const { id } = (await apply(await newResident('u-owner'))).body.data;
    await act(id, { action: 'request_correction', version: 1, text: '请补充' });

    const response = await app.call('correctApplication', {
      token: resident,
      pathParameters: { id },
      body: { clientKey: key('correct'), text: '冒名补正' },
    });

    expect(response.status).toBe(404);
  });

  test('six applications in an hour: the sixth is refused before WeChat checks its texts', async () => {
    const someone = await newResident('u-six');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push(
        (
          await app.call('submitApplication', {
            token: someone,
            sourceIp: '198.51.100.6',
            body: form({ description: `第 ${i + 1} 份：本区交通事故统计` }),
          })
        ).status,
      );

    expect(statuses).toEqual([...Array(5).fill(200), 429]);
    // Two texts each (description and purpose), for the five received only.
    const checks = (
      (await (await fetch(`${sandboxUrl}/sandbox/content-checks`)).json()) as Array<{
        openid: string;
      }>
    ).filter((check) => check.openid === 'o-u-six');
    expect(checks).toHaveLength(10);
  });

  test('risky text is refused and kept nowhere; text WeChat wants reviewed is received and marked for staff', async () => {
    const risky = await apply(resident, { description: '这里有诈骗链接，点开就送' });
    const review = await apply(resident, { description: '请公开可以代办证件的机构名单' });

    expect(risky.status).toBe(400);
    expect(risky.body.error.fields).toEqual([
      { field: 'description', message: '内容含有不适宜的信息，请修改后再提交' },
    ]);
    expect(review.body.data.status).toBe('received');
    expect((await current(review.body.data.id)).heldForCheck).toBe(true);
    const queue = (await app.call('listApplicationQueue', { token: discloser })).body
      .data as Array<{ description: string }>;
    expect(queue.some((each) => each.description.includes('诈骗链接'))).toBe(false);
  });

  test.each([
    ['an oversized description', { description: '查'.repeat(2001) }, 'description'],
    ['a description of spaces', { description: '   ' }, 'description'],
    ['a number where text belongs', { description: 42 }, 'description'],
    [
      'a bad ID checksum',
      { identity: { type: 'resident_id', number: '110105194912310021' } },
      'identity.number',
    ],
    ['no phone', { contact: {} }, 'contact.phone'],
    ['no consent', { consent: false }, 'consent'],
  ])('refuses %s, naming the field', async (_, patch, field) => {
    const response = await apply(resident, patch);

    expect(response.status).toBe(400);
    expect(response.body.error.fields.map((issue: { field: string }) => issue.field)).toContain(
      field,
    );
  });

  test('a script tag is kept as text, emoji too', async () => {
    const response = await apply(resident, {
      description: '<script>alert(1)</script> 请公开 2024 年预算 😀',
    });

    expect(response.body.data.description).toBe('<script>alert(1)</script> 请公开 2024 年预算 😀');
    expect(response.headers['content-type']).toContain('application/json');
  });

  test('eraseContact removes the applicant’s name, contact and masked number from every copy', async () => {
    const { id } = (
      await apply(await newResident('u-erase'), {
        description: '保留期限测试：2022 年信息公开年报',
      })
    ).body.data;
    const store = new DynamoApplicationStore(
      app.table.client,
      app.table.tableName,
      new SubmissionGuard(app.table.client, app.table.tableName, {
        address: () => new Uint8Array(32),
        fingerprint: () => new Uint8Array(32),
      }),
    );

    await store.eraseContact(id, '2028-01-01T00:00:00.000Z');

    const queue = await app.table.client.send(
      new QueryCommand({
        TableName: app.table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': APPLICATION_QUEUE_PK },
      }),
    );
    const copies = await app.table.client.send(
      new QueryCommand({
        TableName: app.table.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': applicantPk('u-erase') },
      }),
    );
    const main = await app.table.client.send(
      new GetCommand({ TableName: app.table.tableName, Key: applicationKey(id) }),
    );
    const items = [
      main.Item,
      ...(queue.Items ?? []).filter((item) => item.id === id),
      ...(copies.Items ?? []).filter((item) => item.id === id),
    ];
    expect(items).toHaveLength(3);
    for (const item of items)
      expect(JSON.stringify(item)).not.toMatch(
        new RegExp(`${PHONE}|${NAME}|${MASKED.replace(/\*/g, '\\*')}|chen@example|昆明市`),
      );
    expect(await current(id)).toMatchObject({
      erased: true,
      applicant: { name: '' },
      contact: { phone: '' },
      identity: { masked: '' },
      description: '保留期限测试：2022 年信息公开年报',
    });
  });

  test('only disclosers see the queue and a case', async () => {
    expect((await app.call('listApplicationQueue', { token: resident })).status).toBe(403);
    expect(
      (
        await app.call('getApplication', {
          token: await app.addStaff('u-responder', ['responder']),
          pathParameters: { id: 'x' },
        })
      ).status,
    ).toBe(403);
  });
});

async function auditOfThisMonth() {
  const result = await app.table.client.send(
    new QueryCommand({
      TableName: app.table.tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': auditPk(chinaMonth(new Date())) },
    }),
  );
  return result.Items ?? [];
}
