import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoConcernStore } from '../../src/adapters/dynamo/concern-store';
import { userKey } from '../../src/adapters/dynamo/keys';
import { StaleWriteError } from '../../src/ports/stale-write';
import { DEMO_CONCERN, seedDemoConcerns } from '../../src/seed/demo-concerns';
import { aNoticeDraft, aQaDraft } from '../support/drafts';
import { testId } from '../support/interpretations';
import { createTestApp } from './support/app';

// The real WeChat sandbox, over HTTP: subscription credits and subscribe/send.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

/**
 * 关切 through the deployed handlers on DynamoDB Local: staff open a concern, releases attach to
 * it and reach its followers and 紧急通告's subscribers once each, staff close it (one of two at
 * once), and its assignees are reminded of each deadline once however the job's runs overlap.
 */
const clockFile = join(tmpdir(), `sunshine-concerns-clock-${process.pid}`);
const shiftMinutes = (minutes: number) => writeFileSync(clockFile, String(minutes * 60_000));

let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let base: string;
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
let responder: string;
let admin: string;
const transactions: unknown[][] = [];

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

beforeAll(async () => {
  shiftMinutes(0);
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  base = `http://127.0.0.1:${port}`;
  app = await createTestApp('concerns', { WECHAT_API_BASE: base, LOCAL_CLOCK_FILE: clockFile });
  editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
  reviewer = await app.addStaff('u-reviewer', ['reviewer'], 'active', '李审核');
  responder = await app.addStaff('u-responder', ['responder'], 'active', '王答复');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '赵管理');
  const { documentClient } = await import('../../src/wiring/base');
  documentClient().middlewareStack.add(
    (next, context) => async (args) => {
      if (/^TransactWrite(Items)?Command$/.test(context.commandName ?? ''))
        transactions.push((args.input as { TransactItems: never[] }).TransactItems);
      return next(args);
    },
    { step: 'initialize', name: 'recordTransactions' },
  );
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

async function withOpenid(userId: string, openid: string) {
  await app.table.client.send(
    new PutCommand({
      TableName: app.table.tableName,
      Item: { ...userKey(userId), userId, openid, createdAt: '2026-01-01T00:00:00.000Z' },
    }),
  );
}

async function resident(userId: string, openid: string) {
  await withOpenid(userId, openid);
  return (await app.tokens.issue(userId, [])).token;
}

/** What a tap on 允许 does: WeChat grants the credit, the app records the answer. */
async function subscribeAsOnAPhone(
  token: string,
  openid: string,
  topics: string[],
  templateId = 'TPL_POLICY_RELEASE',
) {
  await fetch(`${base}/sandbox/subscribe`, {
    method: 'POST',
    body: JSON.stringify({ openid, template_id: templateId }),
  });
  const response = await app.call('subscribe', {
    token,
    body: { topics, results: [{ templateId, result: 'accept' }] },
  });
  expect(response.status).toBe(200);
}

const messagesTo = async (openid: string) =>
  (await (await fetch(`${base}/sandbox/messages?touser=${openid}`)).json()) as Array<{
    page: string;
    template_id: string;
    data: Record<string, { value: string }>;
  }>;

async function openConcern(body: Record<string, unknown>, token = responder) {
  const response = await app.call('openConcern', {
    token,
    body: {
      title: '某小区燃气泄漏疏散',
      summary: '今晨某小区发生燃气泄漏，已疏散居民。',
      level: 'major',
      office: 'exit-entry',
      arisenAt: hoursAgo(1),
      ...body,
    },
  });
  expect(response.status).toBe(200);
  return response.body.data as { id: string; clocks: Array<{ clock: string; state: string }> };
}

async function publish(draft: Record<string, unknown>) {
  const created = await app.call('createDraft', { token: editor, body: draft });
  expect(created.status).toBe(200);
  const id = created.body.data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  const published = await app.call('publishItem', {
    token: reviewer,
    pathParameters: { id },
    body: {},
  });
  expect(published.status).toBe(200);
  return id;
}

describe('who may call the concern routes', () => {
  test('staff routes refuse the signed-out (401) and residents (403); editors and admins read only', async () => {
    const someone = await resident('u-someone', 'o-someone-0000000000000000000');
    const body = {
      title: '测试事件标题',
      level: 'general',
      office: 'exit-entry',
      arisenAt: hoursAgo(1),
    };

    expect((await app.call('openConcern', { body })).status).toBe(401);
    expect((await app.call('openConcern', { token: someone, body })).status).toBe(403);
    expect((await app.call('openConcern', { token: editor, body })).status).toBe(403);
    expect((await app.call('openConcern', { token: admin, body })).status).toBe(403);
    expect((await app.call('listConcerns', { token: admin })).status).toBe(200);
    // Editors write the releases that answer a concern, so they pick any open one, not only major ones.
    expect((await app.call('listConcerns', { token: editor })).status).toBe(200);
    expect((await app.call('listConcerns', { token: someone })).status).toBe(403);
    expect(
      (
        await app.call('closeConcern', {
          token: admin,
          pathParameters: { id: testId(1) },
          body: { statement: '情况已经全部处理完毕。' },
        })
      ).status,
    ).toBe(403);
  });

  test('an unknown concern is 404 for residents, whatever its id looks like', async () => {
    expect((await app.call('getConcern', { pathParameters: { id: testId(9) } })).status).toBe(404);
    expect((await app.call('getConcern', { pathParameters: { id: 'nonsense' } })).status).toBe(404);
  });

  test('opening checks its input in Chinese, naming the field', async () => {
    const response = await app.call('openConcern', {
      token: responder,
      body: {
        title: '事件',
        level: 'major',
        office: 'exit-entry',
        arisenAt: new Date(Date.now() + 3_600_000).toISOString(),
        assignees: ['u-nobody'],
      },
    });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', message: '事件名称不能少于 4 字' }),
        expect.objectContaining({ field: 'arisenAt', message: '发生时间不能晚于现在' }),
      ]),
    );
  });

  test('assignees must be active staff members, named by field', async () => {
    const response = await app.call('openConcern', {
      token: responder,
      body: {
        title: '某路口信号灯故障',
        level: 'general',
        office: 'exit-entry',
        arisenAt: hoursAgo(1),
        assignees: ['u-responder', 'u-nobody'],
      },
    });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'assignees.1', message: '承办人须为在岗的答复或审核人员' },
    ]);
  });
});

describe('a major concern from opening to closing', () => {
  let concernId: string;

  test('opened, it is on the banner and its public page carries no staff name or id', async () => {
    const opened = await openConcern({ assignees: ['u-responder', 'u-reviewer'] });
    concernId = opened.id;

    expect(opened.clocks.map((clock) => [clock.clock, clock.state])).toEqual([
      ['first_release', 'running'],
      ['press_conference', 'running'],
    ]);
    const banner = await app.call('listOpenConcerns');
    expect(banner.body.data).toEqual([
      { id: concernId, title: '某小区燃气泄漏疏散', arisenAt: expect.any(String) },
    ]);
    const page = await app.call('getConcern', { pathParameters: { id: concernId } });
    expect(page.status).toBe(200);
    expect(page.body.data).toMatchObject({
      status: 'open',
      levelLabel: '重大突发事件',
      entries: [],
    });
    expect(page.text).not.toMatch(/u-responder|u-reviewer|王答复|李审核|openedBy|assignees/);
  });

  test('closing before anything authoritative was published is refused in Chinese', async () => {
    const response = await app.call('closeConcern', {
      token: responder,
      pathParameters: { id: concernId },
      body: { statement: '情况已经全部处理完毕。' },
    });

    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('请先发布至少一条权威信息');
  });

  test('a draft may name only an existing open concern', async () => {
    const response = await app.call('createDraft', {
      token: editor,
      body: aNoticeDraft({ concern: { id: testId(8), entry: 'first_release' } }),
    });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      { field: 'concern', message: '关切事项不存在或已办结，请重新选择' },
    ]);
  });

  test("a release attached to it enters its thread in the publication's own transaction, and each follower and 紧急通告 subscriber gets it once", async () => {
    const follower = await resident('u-follower', 'o-follower-000000000000000000');
    const both = await resident('u-both', 'o-both-0000000000000000000000');
    const urgentOnly = await resident('u-urgent', 'o-urgent-00000000000000000000');
    // Two accepts: one message for each of the two releases below.
    for (let i = 0; i < 2; i++)
      await subscribeAsOnAPhone(follower, 'o-follower-000000000000000000', [
        `concern:${concernId}`,
      ]);
    await subscribeAsOnAPhone(both, 'o-both-0000000000000000000000', [
      `concern:${concernId}`,
      'urgent',
    ]);
    await subscribeAsOnAPhone(urgentOnly, 'o-urgent-00000000000000000000', ['urgent']);
    transactions.splice(0);

    const itemId = await publish(
      aNoticeDraft({
        title: '关于某小区燃气泄漏的情况通报',
        concern: { id: concernId, entry: 'first_release' },
      }),
    );

    // The transactions that saved the item as published: exactly one, holding the thread entry.
    const publishing = transactions
      .map((items) => JSON.stringify(items))
      .filter(
        (text) => text.includes(`"CONTENT#${itemId}","sk":"WORK"`) && text.includes('"published"'),
      );
    expect(publishing).toHaveLength(1);
    expect(publishing[0]).toContain(`CONCERN#${concernId}`);
    const staffView = (
      await app.call('getStaffConcern', { token: responder, pathParameters: { id: concernId } })
    ).body.data;
    expect(staffView.entries).toEqual([
      expect.objectContaining({ itemId, entry: 'first_release', entryLabel: '首次权威发布' }),
    ]);
    expect(staffView.clocks[0]).toMatchObject({ clock: 'first_release', state: 'met' });

    await app.invoke('dispatchReleases');
    await app.invoke('dispatchReleases');

    for (const openid of [
      'o-follower-000000000000000000',
      'o-both-0000000000000000000000',
      'o-urgent-00000000000000000000',
    ]) {
      const messages = await messagesTo(openid);
      expect(messages).toHaveLength(1);
      expect(messages[0]!.page).toBe(`pages/content/detail?id=${itemId}`);
    }
  }, 60_000);

  test('a Q&A attached as a rebuttal is announced to followers and joins the thread in time order', async () => {
    await publish(
      aQaDraft({
        title: '网传小区将整体搬迁是真的吗？',
        concern: { id: concernId, entry: 'rebuttal' },
      }),
    );
    await app.invoke('dispatchReleases');

    expect(await messagesTo('o-follower-000000000000000000')).toHaveLength(2);
    const thread = (await app.call('getConcern', { pathParameters: { id: concernId } })).body.data;
    expect(thread.entries.map((entry: { entry: string }) => entry.entry)).toEqual([
      'first_release',
      'rebuttal',
    ]);
  }, 60_000);

  test('two staff closing at once: one closes it, the other is told in Chinese (409)', async () => {
    const close = (token: string) =>
      app.call('closeConcern', {
        token,
        pathParameters: { id: concernId },
        body: { statement: '泄漏点已封堵，居民已全部返回，事件处置完毕。' },
      });

    const answers = await Promise.all([close(responder), close(reviewer)]);

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const refused = answers.find((answer) => answer.status === 409)!;
    expect(refused.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('closed, it leaves the banner and shows residents each clock kept or late; no more releases attach', async () => {
    expect((await app.call('listOpenConcerns')).body.data).toEqual([]);
    const page = (await app.call('getConcern', { pathParameters: { id: concernId } })).body.data;
    expect(page).toMatchObject({
      status: 'closed',
      statement: '泄漏点已封堵，居民已全部返回，事件处置完毕。',
      clocks: [
        { label: '首次权威发布', state: 'met' },
        { label: '新闻发布会', state: 'late' },
      ],
    });
    const attach = await app.call('createDraft', {
      token: editor,
      body: aNoticeDraft({ concern: { id: concernId, entry: 'update' } }),
    });
    expect(attach.status).toBe(400);
    const closed = (await app.call('listConcerns', { token: admin, query: { status: 'closed' } }))
      .body.data;
    expect(closed.items.map((item: { id: string }) => item.id)).toContain(concernId);
    const figures = (
      await app.call('concernFigures', {
        token: admin,
        query: { year: String(new Date(Date.now() - 3_600_000 + 8 * 3_600_000).getUTCFullYear()) },
      })
    ).body.data;
    expect(figures.levels[0]).toMatchObject({
      level: 'major',
      closed: 1,
      perClock: [
        { label: '首次权威发布', onTime: 1, late: 0, notHeld: 0 },
        { label: '新闻发布会', onTime: 0, late: 1, notHeld: 0 },
      ],
    });
  });
});

test("the demo seed adds one closed general concern, answered on time, once; the year's figures and the annual report count it", async () => {
  const store = new DynamoConcernStore(app.table.client, app.table.tableName);

  expect(await seedDemoConcerns(store)).toBe(true);
  expect(await seedDemoConcerns(store)).toBe(false);
  const page = (await app.call('getConcern', { pathParameters: { id: DEMO_CONCERN.id } })).body
    .data;
  expect(page).toMatchObject({ status: 'closed', clocks: [{ label: '回应', state: 'met' }] });
  expect((await app.call('listOpenConcerns')).body.data).toEqual([]);
  const figures = (await app.call('concernFigures', { token: admin, query: { year: '2024' } })).body
    .data;
  expect(figures.levels[1]).toMatchObject({
    level: 'general',
    opened: 1,
    closed: 1,
    perClock: [{ label: '回应', onTime: 1, late: 0, notHeld: 0 }],
  });
  // The annual report's live view carries the same figures for the narrative to quote.
  const live = await app.call('getLiveReport', { token: admin, pathParameters: { year: '2024' } });
  expect(live.body.data.concerns).toEqual(figures);
});

test('a release written for a concern closed before its review is not published, and says why', async () => {
  const { id } = await openConcern({ level: 'general', title: '群众反映窗口排队时间过长' });
  await publish(
    aNoticeDraft({ title: '关于窗口排队情况的说明', concern: { id, entry: 'first_release' } }),
  );
  const late = (
    await app.call('createDraft', {
      token: editor,
      body: aNoticeDraft({ title: '窗口排队情况的后续通报', concern: { id, entry: 'update' } }),
    })
  ).body.data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id: late } });
  await app.call('closeConcern', {
    token: responder,
    pathParameters: { id },
    body: { statement: '已增加窗口，排队时间恢复正常。' },
  });

  const published = await app.call('publishItem', {
    token: reviewer,
    pathParameters: { id: late },
    body: {},
  });

  expect(published.status).toBe(409);
  expect(published.body.error.message).toBe('所关联的关切事项已办结，请退回修改、取消关联后再发布');
  const thread = (await app.call('getConcern', { pathParameters: { id } })).body.data;
  expect(thread.entries).toHaveLength(1);
}, 60_000);

test('two closes written over the same read: the store takes one and refuses the other as stale', async () => {
  const store = new DynamoConcernStore(app.table.client, app.table.tableName);
  const { id } = await openConcern({ level: 'general', title: '同时办结的并发测试事件' });
  const read = (await store.get(id))!;
  const closing = (statement: string, suffix: string) =>
    store.save(
      {
        ...read,
        status: 'closed',
        closedAt: new Date().toISOString(),
        statement,
        rev: read.rev + 1,
      },
      {
        id: `01M0000000000000000000000${suffix}`,
        at: new Date().toISOString(),
        actorId: 'u-test',
        actorName: '测试',
        roles: [],
        action: 'concern.close',
        summary: statement,
      },
    );

  const outcomes = await Promise.allSettled([
    closing('第一位办结', 'A'),
    closing('第二位办结', 'B'),
  ]);

  expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
  expect(
    (outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult).reason,
  ).toBeInstanceOf(StaleWriteError);
});

test('a general concern has no press conference to record', async () => {
  const { id } = await openConcern({ level: 'general', title: '群众反映办证排队时间长' });

  const response = await app.call('recordPressConference', {
    token: reviewer,
    pathParameters: { id },
    body: { held: false, note: '无需召开' },
  });

  expect(response.status).toBe(409);
  expect(response.body.error.message).toBe('只有重大突发事件需要登记新闻发布会');
});

test('assignees are reminded once per clock and milestone, however the job runs overlap', async () => {
  await withOpenid('u-responder', 'o-responder-00000000000000000');
  await withOpenid('u-reviewer', 'o-reviewer-000000000000000000');
  // Two accepts each: one message per milestone.
  for (let i = 0; i < 2; i++) {
    await subscribeAsOnAPhone(
      responder,
      'o-responder-00000000000000000',
      ['staff:u-responder'],
      'TPL_STAFF_REMINDER',
    );
    await subscribeAsOnAPhone(
      reviewer,
      'o-reviewer-000000000000000000',
      ['staff:u-reviewer'],
      'TPL_STAFF_REMINDER',
    );
  }
  // Arose 3 hours ago: half of the first release's 5 hours has passed, the last hour not yet.
  const { id } = await openConcern({
    title: '某商场火情处置情况',
    arisenAt: hoursAgo(3),
    assignees: ['u-responder', 'u-reviewer'],
  });
  const remindTwiceAtOnce = () =>
    Promise.all([app.invoke('remindConcernDeadlines'), app.invoke('remindConcernDeadlines')]);
  const reminders = async (openid: string) =>
    (await messagesTo(openid)).filter((message) => message.template_id === 'TPL_STAFF_REMINDER');

  await remindTwiceAtOnce();
  await app.invoke('dispatchReleases');

  for (const openid of ['o-responder-00000000000000000', 'o-reviewer-000000000000000000']) {
    const sent = await reminders(openid);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ page: `packages/staff/pages/concern/index?id=${id}` });
    expect(sent[0]!.data.thing1!.value).toBe('某商场火情处置情况');
    expect(sent[0]!.data.thing3!.value).toMatch(/^首次权威发布还剩1小时5\d分$/);
  }

  // An hour and a half later the last hour has begun: one more each, still once.
  shiftMinutes(90);
  await remindTwiceAtOnce();
  await remindTwiceAtOnce();
  await app.invoke('dispatchReleases');

  for (const openid of ['o-responder-00000000000000000', 'o-reviewer-000000000000000000']) {
    const sent = await reminders(openid);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.data.thing3!.value).toMatch(/^首次权威发布还剩(29|30)分$/);
  }
  shiftMinutes(0);
}, 60_000);

describe("editing a release's link to its concern (关联关切)", () => {
  const draftOf = async (id: string) =>
    (await app.call('getWorkflowItem', { token: editor, pathParameters: { id } })).body.data as {
      status: string;
      draft: { title: string; concern?: { id: string; entry: string } };
    };

  test('a change of only the link is saved; unlinked after the concern closed, the release publishes', async () => {
    const { id: concernId } = await openConcern({
      level: 'general',
      title: '群众反映补证流程不清',
    });
    await publish(
      aNoticeDraft({ title: '补证流程说明', concern: { id: concernId, entry: 'first_release' } }),
    );
    // Written without the link, then linked by an edit of the link alone.
    const id = (
      await app.call('createDraft', {
        token: editor,
        body: aNoticeDraft({ title: '补证流程的后续通报' }),
      })
    ).body.data.id as string;
    const linked = await app.call('updateDraft', {
      token: editor,
      pathParameters: { id },
      body: aNoticeDraft({
        title: '补证流程的后续通报',
        concern: { id: concernId, entry: 'update' },
      }),
    });
    expect(linked.status).toBe(200);
    expect((await draftOf(id)).draft.concern).toEqual({ id: concernId, entry: 'update' });

    await app.call('submitForReview', { token: editor, pathParameters: { id } });
    await app.call('closeConcern', {
      token: responder,
      pathParameters: { id: concernId },
      body: { statement: '补证流程已在窗口和网上公示。' },
    });
    expect(
      (await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} })).status,
    ).toBe(409);
    await app.call('returnDraft', {
      token: reviewer,
      pathParameters: { id },
      body: { comment: '关切已办结，请取消关联' },
    });
    const unlinked = await app.call('updateDraft', {
      token: editor,
      pathParameters: { id },
      body: aNoticeDraft({ title: '补证流程的后续通报' }),
    });
    expect(unlinked.status).toBe(200);
    expect((await draftOf(id)).draft.concern).toBeUndefined();
    await app.call('submitForReview', { token: editor, pathParameters: { id } });
    expect(
      (await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} })).status,
    ).toBe(200);
  }, 60_000);

  test('a published release of a concern closed since can be corrected, and keeps its link', async () => {
    const { id: concernId } = await openConcern({
      level: 'general',
      title: '群众反映办证大厅停车难',
    });
    const link = { id: concernId, entry: 'first_release' as const };
    const id = await publish(aNoticeDraft({ title: '办证大厅停车安排', concern: link }));
    await app.call('closeConcern', {
      token: responder,
      pathParameters: { id: concernId },
      body: { statement: '已协调临时停车位，问题已解决。' },
    });

    const corrected = await app.call('updateDraft', {
      token: editor,
      pathParameters: { id },
      body: aNoticeDraft({ title: '办证大厅停车安排（更正）', concern: link }),
    });

    expect(corrected.status).toBe(200);
    expect((await draftOf(id)).draft).toMatchObject({
      title: '办证大厅停车安排（更正）',
      concern: link,
    });
  }, 60_000);

  test('an item already published cannot be newly linked: its release went out without the concern', async () => {
    const { id: concernId } = await openConcern({
      level: 'general',
      title: '群众反映身份证邮寄慢',
    });
    const id = await publish(aNoticeDraft({ title: '身份证邮寄时效说明' }));

    const linked = await app.call('updateDraft', {
      token: editor,
      pathParameters: { id },
      body: aNoticeDraft({
        title: '身份证邮寄时效说明',
        concern: { id: concernId, entry: 'first_release' },
      }),
    });

    expect(linked.status).toBe(400);
    expect(linked.body.error.fields).toEqual([
      { field: 'concern', message: '已发布的信息不能再关联关切，请新建一条信息关联此事' },
    ]);
  }, 60_000);
});
