import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoConcernStore } from '../../src/adapters/dynamo/concern-store';
import { userKey } from '../../src/adapters/dynamo/keys';
import { createTestApp } from './support/app';

// The real WeChat sandbox, over HTTP: subscription credits and subscribe/send.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

/**
 * 承办人 (issue 17): who may be assigned to a concern is readable by those who act on one, by name
 * only; an open concern's assignees are replaced under the same stale-write protection as its
 * close, and a newly assigned member is reminded from the next milestone on.
 */
const clockFile = join(tmpdir(), `sunshine-concern-assignees-clock-${process.pid}`);
const shiftMinutes = (minutes: number) => writeFileSync(clockFile, String(minutes * 60_000));

let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let base: string;
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
let responder: string;
let second: string;
let admin: string;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

async function withOpenid(userId: string, openid: string) {
  await app.table.client.send(
    new PutCommand({
      TableName: app.table.tableName,
      Item: { ...userKey(userId), userId, openid, createdAt: '2026-01-01T00:00:00.000Z' },
    }),
  );
}

beforeAll(async () => {
  shiftMinutes(0);
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  base = `http://127.0.0.1:${port}`;
  app = await createTestApp('concern-assignees', {
    WECHAT_API_BASE: base,
    LOCAL_CLOCK_FILE: clockFile,
  });
  editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
  reviewer = await app.addStaff('u-reviewer', ['reviewer'], 'active', '李审核');
  responder = await app.addStaff('u-responder', ['responder'], 'active', '王答复');
  second = await app.addStaff('u-second', ['responder', 'editor'], 'active', '孙答复');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '赵管理');
  await app.addStaff('u-gone', ['responder'], 'revoked', '钱离岗');
  for (const userId of ['u-editor', 'u-reviewer', 'u-responder', 'u-second', 'u-admin', 'u-gone'])
    await withOpenid(userId, `o-${userId}-openid-0000000000000`.slice(0, 28));
});

afterAll(async () => {
  shiftMinutes(0);
  await app.drop();
  await sandbox.close();
});

async function openConcern(body: Record<string, unknown>) {
  const response = await app.call('openConcern', {
    token: responder,
    body: {
      title: '某小区燃气泄漏疏散',
      level: 'major',
      office: 'exit-entry',
      arisenAt: hoursAgo(1),
      ...body,
    },
  });
  expect(response.status).toBe(200);
  return response.body.data as { id: string };
}

const reassign = (token: string, id: string, assignees: unknown) =>
  app.call('reassignConcern', { token, pathParameters: { id }, body: { assignees } });

describe('who may be assigned', () => {
  test('the list refuses the signed-out (401) and residents (403); responders, reviewers, editors and admins read it', async () => {
    const resident = (await app.tokens.issue('u-resident', [])).token;

    expect((await app.call('listAssignableStaff', {})).status).toBe(401);
    expect((await app.call('listAssignableStaff', { token: resident })).status).toBe(403);
    for (const token of [responder, reviewer, editor, admin])
      expect((await app.call('listAssignableStaff', { token })).status).toBe(200);
  });

  test('it holds the active responders and reviewers by name and roles, never an openid', async () => {
    const response = await app.call('listAssignableStaff', { token: reviewer });

    expect(response.body.data).toEqual(
      expect.arrayContaining([
        { userId: 'u-reviewer', name: '李审核', roles: ['reviewer'] },
        { userId: 'u-responder', name: '王答复', roles: ['responder'] },
        { userId: 'u-second', name: '孙答复', roles: ['responder', 'editor'] },
      ]),
    );
    expect(response.body.data).toHaveLength(3);
    expect(response.text).not.toMatch(/o-u-|openid|invitedBy|joinedAt|钱离岗|张编辑|赵管理/);
  });
});

describe('调整承办人', () => {
  test('refuses the signed-out (401), editors and admins (403)', async () => {
    const { id } = await openConcern({ title: '权限测试关切事项' });

    expect((await app.call('reassignConcern', { pathParameters: { id }, body: {} })).status).toBe(
      401,
    );
    expect((await reassign(editor, id, ['u-reviewer'])).status).toBe(403);
    expect((await reassign(admin, id, ['u-reviewer'])).status).toBe(403);
  });

  test('needs at least one, each an active responder or reviewer, named by field in Chinese', async () => {
    const { id } = await openConcern({ title: '承办人校验关切事项' });

    const none = await reassign(responder, id, []);
    expect(none.status).toBe(400);
    expect(none.body.error.fields).toEqual([
      expect.objectContaining({ field: 'assignees', message: '请至少选择一名承办人' }),
    ]);
    const wrong = await reassign(responder, id, ['u-reviewer', 'u-editor', 'u-gone']);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual([
      { field: 'assignees.1', message: '承办人须为在岗的答复或审核人员' },
      { field: 'assignees.2', message: '承办人须为在岗的答复或审核人员' },
    ]);
  });

  test('replaces the list, audited; two at once: one wins, the other is told in Chinese (409)', async () => {
    const { id } = await openConcern({ title: '并发调整承办人关切' });

    const answers = await Promise.all([
      reassign(responder, id, ['u-reviewer']),
      reassign(reviewer, id, ['u-second']),
    ]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const refused = answers.find((answer) => answer.status === 409)!;
    expect(refused.body.error.message).toBe('该关切事项刚被他人更新或办结，请刷新后重试');
    const won = answers.find((answer) => answer.status === 200)!;
    const stored = (await app.call('getStaffConcern', { token: responder, pathParameters: { id } }))
      .body.data;
    expect(stored.assignees).toEqual(won.body.data.assignees);
    expect(stored.assignees).toHaveLength(1);
    const audit = await app.call('listAudit', {
      token: admin,
      query: { action: 'concern.reassign', itemId: id },
    });
    expect(audit.body.data.items).toHaveLength(1);
  });

  test('a closed concern keeps its assignees (409)', async () => {
    const { id } = await openConcern({ level: 'general', title: '已办结关切调整承办人' });
    // Closing through its route needs a published release: the store closes it here.
    const store = new DynamoConcernStore(app.table.client, app.table.tableName);
    const read = (await store.get(id))!;
    await store.save(
      {
        ...read,
        status: 'closed',
        closedAt: new Date().toISOString(),
        statement: '已处理完毕。',
        rev: read.rev + 1,
      },
      {
        id: '01M0000000000000000000000C',
        at: new Date().toISOString(),
        actorId: 'u-test',
        actorName: '测试',
        roles: [],
        action: 'concern.close',
        summary: '办结',
      },
    );

    const response = await reassign(responder, id, ['u-reviewer']);

    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe('该关切事项已办结');
  });
});

test('a newly assigned member is not sent a milestone already reminded, and is reminded at the next one', async () => {
  const subscribe = async (token: string, userId: string) => {
    const openid = `o-${userId}-openid-0000000000000`.slice(0, 28);
    // Credits to spare: the concerns opened above are reminded too once the clock moves.
    for (let i = 0; i < 8; i++) {
      await fetch(`${base}/sandbox/subscribe`, {
        method: 'POST',
        body: JSON.stringify({ openid, template_id: 'TPL_STAFF_REMINDER' }),
      });
      const response = await app.call('subscribe', {
        token,
        body: {
          topics: [`staff:${userId}`],
          results: [{ templateId: 'TPL_STAFF_REMINDER', result: 'accept' }],
        },
      });
      expect(response.status).toBe(200);
    }
    return openid;
  };
  const toResponder = await subscribe(responder, 'u-responder');
  const toSecond = await subscribe(second, 'u-second');
  // This concern's reminders (the others opened above are reminded too once the clock moves).
  const reminders = async (openid: string) =>
    (
      (await (await fetch(`${base}/sandbox/messages?touser=${openid}`)).json()) as Array<{
        template_id: string;
        page: string;
        data: Record<string, { value: string }>;
      }>
    ).filter(
      (message) =>
        message.template_id === 'TPL_STAFF_REMINDER' && message.page.endsWith(`id=${id}`),
    );
  // Arose 3 hours ago: half of the first release's 5 hours has passed, the last hour not yet.
  const { id } = await openConcern({
    title: '某商场火情处置情况',
    arisenAt: hoursAgo(3),
    assignees: ['u-responder'],
  });
  await app.invoke('remindConcernDeadlines');
  await app.invoke('dispatchReleases');
  expect(await reminders(toResponder)).toHaveLength(1);

  expect((await reassign(responder, id, ['u-responder', 'u-second'])).status).toBe(200);
  await app.invoke('remindConcernDeadlines');
  await app.invoke('dispatchReleases');
  expect(await reminders(toSecond)).toHaveLength(0);
  expect(await reminders(toResponder)).toHaveLength(1);

  // An hour and a half later the last hour has begun: the new list is reminded, each once.
  shiftMinutes(90);
  await app.invoke('remindConcernDeadlines');
  await app.invoke('dispatchReleases');
  shiftMinutes(0);

  const sent = await reminders(toSecond);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.data.thing3!.value).toMatch(/^首次权威发布还剩(29|30)分$/);
  expect(await reminders(toResponder)).toHaveLength(2);
}, 60_000);
