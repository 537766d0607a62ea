import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { customTopicKey, type ContentDraft } from '@sunshine/shared';
import { userKey } from '../../src/adapters/dynamo/keys';
import {
  aConsultationDraft,
  aDocumentDraft,
  aDraft,
  aGuideDraft,
  anAnnualReportDraft,
  aNoticeDraft,
  aQaDraft,
  dayFromToday,
} from '../support/drafts';
import { createTestApp } from './support/app';

// The real WeChat sandbox, over HTTP: subscription credits, stable_token and subscribe/send.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

/**
 * A test per subscribe button (docs/features/notifications.md, "What each button promises"): a
 * resident taps it (WeChat's credit in the sandbox, the answer through the API), staff publish what
 * the button promises, the fan-out and worker run, and the sandbox holds exactly one message for
 * that resident, opening the right page.
 */
let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let base: string;
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
let people = 0;

// The stack's clock, moved by days for a consultation that opens later (npm start's time travel).
const clockFile = join(tmpdir(), `sunshine-buttons-clock-${process.pid}`);
const shiftDays = (days: number) => writeFileSync(clockFile, String(days * 86_400_000));

const RELEASE = 'TPL_POLICY_RELEASE';
const REPLY = 'TPL_REPLY';

beforeAll(async () => {
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  base = `http://127.0.0.1:${port}`;
  shiftDays(0);
  app = await createTestApp('subscription-buttons', {
    WECHAT_API_BASE: base,
    LOCAL_CLOCK_FILE: clockFile,
  });
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
});

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

/** A new resident with an openid of their own; answers their token and openid. */
async function resident() {
  const userId = `u-button-${++people}`;
  const openid = `o-button-${String(people).padStart(20, '0')}`;
  await app.table.client.send(
    new PutCommand({
      TableName: app.table.tableName,
      Item: { ...userKey(userId), userId, openid, createdAt: '2026-01-01T00:00:00.000Z' },
    }),
  );
  return { token: (await app.tokens.issue(userId, [])).token, openid };
}

/** What a tap on the button and 允许 do: WeChat grants the credit, the app records the answer. */
async function tap(
  person: { token: string; openid: string },
  topic: string,
  template: string = RELEASE,
) {
  await fetch(`${base}/sandbox/subscribe`, {
    method: 'POST',
    body: JSON.stringify({ openid: person.openid, template_id: template }),
  });
  const response = await app.call('subscribe', {
    token: person.token,
    body: { topics: [topic], results: [{ templateId: template, result: 'accept' }] },
  });
  expect(response.body.data?.subscribed).toHaveLength(1);
}

async function submitAndPublish(id: string) {
  expect(
    (await app.call('submitForReview', { token: editor, pathParameters: { id } })).status,
  ).toBe(200);
  const published = await app.call('publishItem', {
    token: reviewer,
    pathParameters: { id },
    body: {},
  });
  expect(published.status).toBe(200);
}

async function publish(draft: ContentDraft) {
  const created = await app.call('createDraft', { token: editor, body: draft });
  expect(created.status).toBe(200);
  const id = created.body.data.id as string;
  await submitAndPublish(id);
  return id;
}

async function publishVersion(id: string, draft: ContentDraft) {
  expect(
    (await app.call('updateDraft', { token: editor, pathParameters: { id }, body: draft })).status,
  ).toBe(200);
  await submitAndPublish(id);
}

/** The fan-out as its schedule runs it, then once more (it finds nothing left). */
async function runPipeline() {
  await app.invoke('dispatchReleases');
  await app.invoke('dispatchReleases');
}

const messagesTo = async (openid: string) =>
  (await (await fetch(`${base}/sandbox/messages?touser=${openid}`)).json()) as Array<{
    page: string;
    template_id: string;
    data: Record<string, { value: string }>;
  }>;

/** Exactly one message reached this person, with this template, opening this page; answers it. */
async function exactlyOne(openid: string, page: string, template = RELEASE) {
  const received = await messagesTo(openid);
  expect(received).toHaveLength(1);
  expect(received[0]).toMatchObject({ template_id: template, page });
  return received[0]!;
}

const detail = (id: string) => `pages/content/detail?id=${id}`;
const releaseCount = async () =>
  ((await app.call('listReleases', { token: reviewer })).body.data as unknown[]).length;

describe('订阅「类别」 (catalogue by category)', () => {
  test('a publicly disclosed document brings one message; a withheld one none, until a version discloses it', async () => {
    const person = await resident();
    await tap(person, 'category:service');

    const withheld = await publish(
      aDocumentDraft({ title: '暂不公开的内部工作规程', disclosure: 'not_disclosed' }),
    );
    await runPipeline();
    expect(await messagesTo(person.openid)).toEqual([]);

    await publishVersion(withheld, aDocumentDraft({ title: '出入境窗口服务规范（公开）' }));
    await runPipeline();
    const message = await exactlyOne(person.openid, detail(withheld));
    expect(message.data.thing1!.value).toBe('出入境窗口服务规范（公开）');
  });

  test('an annual report brings one message', async () => {
    const person = await resident();
    await tap(person, 'category:management');
    const lastYear = new Date().getFullYear() - 1;

    const id = await publish(
      anAnnualReportDraft({ year: lastYear, title: `${lastYear}年政府信息公开工作年度报告` }),
    );
    await runPipeline();

    await exactlyOne(person.openid, detail(id));
  });
});

describe('订阅「科室」 (catalogue by office)', () => {
  test('a consultation brings one message when it opens, and one when its adoption report is out', async () => {
    const person = await resident();
    await tap(person, 'office:legal');

    const id = await publish(
      aConsultationDraft({
        title: '关于规范警务公开工作的规定（征求意见稿）',
        office: 'legal',
        category: 'decision',
        topic: 'transparency',
        // Already closed, so its report may follow at once (no comments came).
        opensOn: dayFromToday(-40),
        closesOn: dayFromToday(-2),
      }),
    );
    await runPipeline();
    await exactlyOne(person.openid, detail(id));

    // The follow-up button beside it (采纳情况公布后提醒我), tapped by someone else.
    const follower = await resident();
    await tap(follower, `consultation:${id}`);
    await tap(person, 'office:legal'); // one more message allowed

    expect(
      (
        await app.call('publishConsultationReport', {
          token: reviewer,
          pathParameters: { id },
          body: { summary: '征求意见期间未收到意见。' },
        })
      ).status,
    ).toBe(200);
    await runPipeline();

    expect(await messagesTo(person.openid)).toHaveLength(2);
    expect((await messagesTo(person.openid))[1]).toMatchObject({ page: detail(id) });
    const report = await exactlyOne(follower.openid, detail(id));
    expect(report.data.thing1!.value).toBe('意见采纳情况：关于规范警务公开工作的规…');
  });
});

describe('订阅「主题」 (catalogue by topic)', () => {
  test('a Q&A brings one message', async () => {
    const person = await resident();
    await tap(person, 'topic:anti-fraud');

    const id = await publish(
      aQaDraft({ title: '接到冒充公检法的电话怎么办？', topic: 'anti-fraud' }),
    );
    await runPipeline();

    await exactlyOne(person.openid, detail(id));
  });

  test('a topic staff added: its items bring one message; one never added cannot be subscribed', async () => {
    const admin = await app.addStaff('u-admin', ['admin']);
    expect((await app.call('addTopic', { token: admin, body: { label: '消防' } })).status).toBe(
      200,
    );
    const person = await resident();
    await tap(person, `topic:${customTopicKey('消防')}`);
    const refused = await app.call('subscribe', {
      token: person.token,
      body: {
        topics: [`topic:${customTopicKey('水电')}`],
        results: [{ templateId: RELEASE, result: 'accept' }],
      },
    });
    expect(refused.status).toBe(400);

    const id = await publish(
      aNoticeDraft({ title: '冬季消防安全提示', topic: customTopicKey('消防') }),
    );
    await runPipeline();

    await exactlyOne(person.openid, detail(id));
  });

  test('a guide brings one message when first published and one when its fee changes; a cosmetic edit none', async () => {
    const person = await resident();
    await tap(person, 'topic:traffic');
    const guide = aGuideDraft({
      title: '机动车驾驶证补领',
      topic: 'traffic',
      code: 'GUIDE-BTN-001',
    });

    const id = await publish(guide);
    await runPipeline();
    expect((await exactlyOne(person.openid, detail(id))).data.thing1!.value).toBe(
      '机动车驾驶证补领',
    );

    await tap(person, 'topic:traffic');
    await publishVersion(id, {
      ...guide,
      fee: { free: false, amount: '每证 10 元', basis: '发改价格〔2004〕2831号' },
      materials: guide.materials.slice(0, 1),
    });
    await runPipeline();
    const received = await messagesTo(person.openid);
    expect(received).toHaveLength(2);
    expect(received[1]).toMatchObject({ page: detail(id) });
    expect(received[1]!.data.thing1!.value).toBe('办事指南更新：机动车驾驶证补领（收费、…');

    await tap(person, 'topic:traffic');
    const releases = await releaseCount();
    await publishVersion(id, {
      ...guide,
      fee: { free: false, amount: '每证 10 元', basis: '发改价格〔2004〕2831号' },
      materials: guide.materials.slice(0, 1),
      eligibility: '机动车驾驶证遗失、损毁无法辨认的，可申请补领。',
      faq: [],
    });
    await runPipeline();
    expect(await releaseCount()).toBe(releases);
    expect(await messagesTo(person.openid)).toHaveLength(2);
  });
});

describe('订阅紧急通告 (home)', () => {
  test('an urgent notice brings one message; a routine one none', async () => {
    const person = await resident();
    await tap(person, 'urgent');
    await tap(person, 'urgent'); // two allowed, so a second message would be sent if one were due

    await publish(aNoticeDraft({ title: '本周六出入境窗口照常办公', urgent: false }));
    const id = await publish(
      aNoticeDraft({ title: '关于暴雪天气交通管制的紧急通告', urgent: true }),
    );
    await runPipeline();

    await exactlyOne(person.openid, detail(id));
  });
});

describe('答复后提醒我 (我的留言, 我的申请)', () => {
  test('a question’s answer brings one reply message, opening 我的留言', async () => {
    const person = await resident();
    const responder = await app.addStaff('u-responder', ['responder']);
    const asked = await app.call('askQuestion', {
      token: person.token,
      body: {
        clientKey: 'button-question-key-0001',
        kind: 'service',
        text: '驾驶证到期换证需要体检吗？',
        consent: true,
      },
    });
    const id = asked.body.data.id as string;
    await tap(person, `question:${id}`, REPLY);

    await app.call('answerQuestion', {
      token: responder,
      pathParameters: { id },
      body: { text: '需要提交县级以上医院的体检证明。' },
    });
    await runPipeline();

    await exactlyOne(person.openid, 'pages/my-questions/index', REPLY);
  });

  test('an application’s reply brings one reply message, opening 我的申请', async () => {
    const admin = await app.addStaff('u-calendar-admin', ['admin']);
    const year = new Date().getFullYear();
    for (const each of [year, year + 1])
      await app.call('putCalendar', {
        token: admin,
        pathParameters: { year: String(each) },
        body: { holidays: [], workdays: [] },
      });
    const discloser = await app.addStaff('u-discloser', ['discloser']);
    const person = await resident();
    const applied = await app.call('submitApplication', {
      token: person.token,
      body: {
        clientKey: 'button-application-key-0001',
        applicant: { type: 'person', name: '陈申请' },
        identity: { type: 'resident_id', number: '11010519491231002X' },
        contact: {
          phone: '13912345678',
          address: '长治市上党区某路 8 号',
          postcode: '047100',
          email: 'chen@example.cn',
        },
        description: '2025 年本区交通事故统计（按月）',
        purpose: '学术研究',
        delivery: { form: 'electronic', method: 'email' },
        consent: true,
      },
    });
    expect(applied.body.error).toBeUndefined();
    const id = applied.body.data.id as string;
    await tap(person, `application:${id}`, REPLY);

    const replied = await app.call('recordApplicationEvent', {
      token: discloser,
      pathParameters: { id },
      body: {
        action: 'reply',
        version: 1,
        outcome: 'disclosed',
        basis: '《中华人民共和国政府信息公开条例》第三十六条第（二）项',
        text: '所需统计数据已发送至您的邮箱。',
      },
    });
    expect(replied.status).toBe(200);
    await runPipeline();

    await exactlyOne(person.openid, 'pages/my-applications/index', REPLY);
  });
});

test('a person subscribed to the category, the office and the topic of one release gets exactly one message', async () => {
  const person = await resident();
  // Three taps, three messages allowed: only the sender's once-per-person rule keeps it to one.
  await tap(person, 'category:result');
  await tap(person, 'office:cyber');
  await tap(person, 'topic:cyber');

  const id = await publish(
    aDraft({
      title: '网络安全等级保护政策解读',
      category: 'result',
      office: 'cyber',
      topic: 'cyber',
    }),
  );
  await runPipeline();

  await exactlyOne(person.openid, detail(id));
  const release = (
    (await app.call('listReleases', { token: reviewer })).body.data as Array<{
      itemId: string;
      counts: { sent: number };
    }>
  ).find((each) => each.itemId === id);
  expect(release?.counts.sent).toBe(1);
});

describe('what a later publication brings', () => {
  test('a notice made urgent in a later version brings 紧急通告 one message, and its category nothing more', async () => {
    const urgentOnes = await resident();
    const categoryOnes = await resident();
    await tap(urgentOnes, 'urgent');
    await tap(categoryOnes, 'category:decision');
    await tap(categoryOnes, 'category:decision'); // a second message would be allowed
    const notice = aNoticeDraft({ title: '关于调整窗口办公时间的通告', category: 'decision' });
    const id = await publish({ ...notice, urgent: false } as ContentDraft);
    await runPipeline();

    await publishVersion(id, { ...notice, urgent: true } as ContentDraft);
    await runPipeline();

    await exactlyOne(urgentOnes.openid, detail(id));
    await exactlyOne(categoryOnes.openid, detail(id));
  });

  test('an item withdrawn and published again is announced again, once', async () => {
    const person = await resident();
    await tap(person, 'topic:household');
    const qa = aQaDraft({ title: '户口迁移需要哪些材料？', topic: 'household' });
    const id = await publish(qa);
    // Withdrawn before its fan-out ran: its release stops and sends nothing.
    expect(
      (
        await app.call('withdrawItem', {
          token: reviewer,
          pathParameters: { id },
          body: { reason: '材料清单有误，更正后重新发布' },
        })
      ).status,
    ).toBe(200);
    await runPipeline();
    expect(await messagesTo(person.openid)).toEqual([]);

    await publishVersion(id, { ...qa, title: '户口迁移需要哪些材料？（更正）' });
    await runPipeline();

    const message = await exactlyOne(person.openid, detail(id));
    expect(message.data.thing1!.value).toBe('户口迁移需要哪些材料？（更正）');
  });

  // Last: it moves the clock.
  test('a consultation published before it opens is announced on its first day, not before', async () => {
    const person = await resident();
    await tap(person, 'office:exit-entry');
    const id = await publish(
      aConsultationDraft({
        title: '关于出入境证件办理便利措施（征求意见稿）',
        office: 'exit-entry',
        opensOn: dayFromToday(7),
        closesOn: dayFromToday(40),
      }),
    );
    await runPipeline();
    expect(await messagesTo(person.openid)).toEqual([]);

    shiftDays(8);
    try {
      await runPipeline();
      await runPipeline();
    } finally {
      shiftDays(0);
    }

    await exactlyOne(person.openid, detail(id));
  });
});
