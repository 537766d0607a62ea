import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { userKey } from '../../src/adapters/dynamo/keys';
import { aConsultationDraft } from '../support/drafts';
import { createTestApp } from './support/app';
import { downloadExport } from './support/exports';

// The real WeChat sandbox, over HTTP, answers the content checks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

/** The functions read their clock shift from this file: the tests step past closing dates with it. */
const clockFile = join(tmpdir(), `sunshine-clock-${process.pid}`);
const shiftDays = (days: number) => writeFileSync(clockFile, String(days * 86_400_000));

let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let sandboxUrl: string;
let app: Awaited<ReturnType<typeof createTestApp>>;
let residents: string[];
let editor: string;
let reviewer: string;
let n = 0;
const key = () => `comment-client-key-${String(++n).padStart(6, '0')}`;

async function publishConsultation(overrides: Parameters<typeof aConsultationDraft>[0] = {}) {
  const id = (await app.call('createDraft', { token: editor, body: aConsultationDraft(overrides) }))
    .body.data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  expect(
    (await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} })).body.data
      .status,
  ).toBe('published');
  return id;
}

const comment = (token: string, id: string, body: object) =>
  app.call('submitComment', {
    token,
    pathParameters: { id },
    body: { clientKey: key(), consent: true, ...body },
  });
/** The content checks WeChat (the sandbox) received for one person's openid. */
const contentChecksOf = async (openid: string) =>
  (
    (await (await fetch(`${sandboxUrl}/sandbox/content-checks`)).json()) as Array<{
      openid: string;
      content: string;
    }>
  ).filter((check) => check.openid === openid);
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
const staffComments = async (id: string) =>
  (
    await app.call('listConsultationComments', {
      token: reviewer,
      pathParameters: { id },
      query: { limit: '50' },
    })
  ).body.data.items as Array<{
    id: string;
    text: string;
    status: string;
    name?: string;
    contact?: string;
    heldForCheck: boolean;
    answers: number[][];
  }>;

beforeAll(async () => {
  shiftDays(0);
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  sandboxUrl = `http://127.0.0.1:${port}`;
  app = await createTestApp('consultations', {
    WECHAT_API_BASE: sandboxUrl,
    LOCAL_CLOCK_FILE: clockFile,
  });
  residents = [];
  for (const userId of ['u-one', 'u-two', 'u-three']) {
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
    residents.push((await app.tokens.issue(userId, [])).token);
  }
  editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
  reviewer = await app.addStaff('u-reviewer', ['reviewer'], 'active', '李审核');
});

afterEach(() => shiftDays(0));

afterAll(async () => {
  await app.drop();
  await sandbox.close();
});

describe('a consultation from comment to report', () => {
  test('comments are shown only once approved, decided, and reported after closing with the closed questions counted', async () => {
    const id = await publishConsultation();
    const [one, two, three] = residents as [string, string, string];
    const first = await comment(one, id, {
      text: '建议第二条写明一窗通办的窗口地址。',
      section: '第二条',
      answers: [[0], [0, 2]],
      name: '王先生',
      contact: '13800000001',
    });
    expect(first.status).toBe(200);
    expect(first.body.data).toMatchObject({
      status: 'pending',
      section: '第二条',
      answersCounted: true,
    });
    expect(first.text).not.toContain('13800000001');
    const second = await comment(two, id, { text: '希望周末也能办理。', answers: [[1], [1]] });
    const third = await comment(three, id, { text: '与本草案无关的广告内容。' });

    // 先审后发: nothing public before review.
    expect((await app.call('listComments', { pathParameters: { id } })).body.data.items).toEqual(
      [],
    );
    const page = await app.call('getContent', { pathParameters: { id } });
    expect(page.body.data.consultation).toMatchObject({ phase: 'open', received: 3, published: 0 });
    expect(page.body.data.consultation.results).toBeUndefined();

    const staffView = await staffComments(id);
    expect(staffView.find((entry) => entry.id === first.body.data.id)).toMatchObject({
      name: '王先生',
      contact: '13800000001',
      answers: [[0], [0, 2]],
    });

    const moderate = (commentId: string, body: object) =>
      app.call('moderateComment', { token: reviewer, pathParameters: { id, commentId }, body });
    expect((await moderate(first.body.data.id, { approve: true })).status).toBe(200);
    expect((await moderate(second.body.data.id, { approve: true })).status).toBe(200);
    expect(
      (await moderate(third.body.data.id, { approve: false })).body.error.fields[0],
    ).toMatchObject({ field: 'reason' });
    expect(
      (await moderate(third.body.data.id, { approve: false, reason: '与本草案无关' })).status,
    ).toBe(200);
    expect((await moderate(first.body.data.id, { approve: false, reason: '改主意' })).status).toBe(
      409,
    );

    const shown = await app.call('listComments', { pathParameters: { id } });
    expect(shown.body.data.items.map((entry: { text: string }) => entry.text)).toEqual([
      '建议第二条写明一窗通办的窗口地址。',
      '希望周末也能办理。',
    ]);
    expect(shown.text).not.toMatch(/王先生|13800000001|u-one|广告/);

    // The report waits for closing and for every decision.
    const report = () =>
      app.call('publishConsultationReport', {
        token: reviewer,
        pathParameters: { id },
        body: { summary: '共收到意见 3 条，已逐条研究。' },
      });
    expect((await report()).status).toBe(409);
    const decide = (commentId: string, body: object) =>
      app.call('decideComment', { token: editor, pathParameters: { id, commentId }, body });
    expect((await decide(third.body.data.id, { decision: 'adopted' })).status).toBe(409);
    expect(
      (await decide(second.body.data.id, { decision: 'not_adopted' })).body.error.fields[0],
    ).toMatchObject({ field: 'reason' });
    expect((await decide(first.body.data.id, { decision: 'adopted' })).status).toBe(200);

    shiftDays(31);
    expect((await comment(one, id, { text: '截止后的意见' })).body.error.message).toContain('已于');
    expect((await report()).body.error.message).toContain('1 条意见未记录采纳情况');
    expect(
      (await decide(second.body.data.id, { decision: 'not_adopted', reason: '周末办理需另行研究' }))
        .status,
    ).toBe(200);
    const published = await report();
    expect(published.status).toBe(200);
    expect((await report()).status).toBe(409);

    const after = (await app.call('getContent', { pathParameters: { id } })).body.data.consultation;
    expect(after).toMatchObject({ phase: 'closed', received: 3, published: 2 });
    expect(after.results[0]).toEqual({
      prompt: '您是否支持一窗通办？',
      multiple: false,
      answered: 2,
      options: [
        { label: '支持', count: 1 },
        { label: '不支持', count: 1 },
        { label: '无所谓', count: 0 },
      ],
    });
    expect(after.results[1].options.map((option: { count: number }) => option.count)).toEqual([
      1, 1, 1,
    ]);
    expect(after.report.counts).toEqual({
      received: 3,
      published: 2,
      adopted: 1,
      partly: 0,
      notAdopted: 1,
    });
    expect(after.report.sections).toEqual([
      {
        section: '总体意见',
        items: [
          { excerpt: '希望周末也能办理。', decision: 'not_adopted', reason: '周末办理需另行研究' },
        ],
      },
      {
        section: '第二条',
        items: [{ excerpt: '建议第二条写明一窗通办的窗口地址。', decision: 'adopted', reason: '' }],
      },
    ]);
    expect(JSON.stringify(after)).not.toMatch(/王先生|13800000001|广告/);
    expect(
      (await decide(first.body.data.id, { decision: 'not_adopted', reason: '晚了' })).status,
    ).toBe(409);

    const mine = (await app.call('listMyComments', { token: three })).body.data;
    expect(mine[0]).toMatchObject({ status: 'rejected', reason: '与本草案无关' });

    // Retention: two years after closing the daily job erases names and contacts, and only them.
    const erase = () => app.invoke('erasePersonalData');
    shiftDays(31 + 365);
    await erase();
    expect(
      (await staffComments(id)).find((entry) => entry.id === first.body.data.id),
    ).toMatchObject({ name: '王先生', contact: '13800000001' });
    shiftDays(31 + 2 * 365 + 2);
    expect((await erase()).comments).toBeGreaterThanOrEqual(1);
    const erased = (await staffComments(id)).find((entry) => entry.id === first.body.data.id)!;
    expect(erased.name).toBeUndefined();
    expect(erased.contact).toBeUndefined();
    expect(erased).toMatchObject({
      text: '建议第二条写明一窗通办的窗口地址。',
      decision: { decision: 'adopted' },
    });
  });

  test("我的意见: one's own comments, newest first, each naming its consultation, kept through review and decision", async () => {
    const token = await newResident('u-mine');
    const older = await publishConsultation({
      title: '关于调整户籍窗口办理时间的公告（征求意见稿）',
    });
    const newer = await publishConsultation({
      title: '关于居住证签注网上办理的办法（征求意见稿）',
    });
    const first = await comment(token, older, { text: '建议周六上午也开放窗口。' });
    await comment(token, newer, { text: '建议网上签注后邮寄证件。' });
    await app.call('moderateComment', {
      token: reviewer,
      pathParameters: { id: older, commentId: first.body.data.id },
      body: { approve: true },
    });
    await app.call('decideComment', {
      token: editor,
      pathParameters: { id: older, commentId: first.body.data.id },
      body: { decision: 'partly', reason: '周六上午开放一个窗口' },
    });

    const mine = await app.call('listMyComments', { token });

    expect(mine.body.data).toEqual([
      expect.objectContaining({
        consultationId: newer,
        consultationTitle: '关于居住证签注网上办理的办法（征求意见稿）',
        text: '建议网上签注后邮寄证件。',
        status: 'pending',
      }),
      expect.objectContaining({
        consultationId: older,
        consultationTitle: '关于调整户籍窗口办理时间的公告（征求意见稿）',
        status: 'approved',
        decision: { decision: 'partly', reason: '周六上午开放一个窗口' },
      }),
    ]);
  });

  test('a consultation not yet open, or closed, takes no comment, with a message saying so', async () => {
    const id = await publishConsultation();
    shiftDays(-5);
    expect((await comment(residents[0]!, id, { text: '太早了' })).body.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('开始'),
    });
    shiftDays(40);
    expect((await comment(residents[0]!, id, { text: '太晚了' })).body.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('截止'),
    });
  });

  test('20 parallel copies of one comment store and count one', async () => {
    const id = await publishConsultation();
    const clientKey = 'parallel-comment-key-000001';
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        app.call('submitComment', {
          token: residents[1]!,
          pathParameters: { id },
          body: { clientKey, text: '同一条意见', answers: [[2]], consent: true },
        }),
      ),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(200));
    expect(new Set(responses.map((response) => response.body.data.id)).size).toBe(1);
    expect(await staffComments(id)).toHaveLength(1);
    expect(
      (await app.call('getContent', { pathParameters: { id } })).body.data.consultation.received,
    ).toBe(1);
  });

  test("a person's closed answers count once however many comments they send", async () => {
    const id = await publishConsultation();
    await comment(residents[2]!, id, { text: '第一条意见', answers: [[0]] });
    const again = await comment(residents[2]!, id, { text: '第二条意见', answers: [[1]] });

    expect(again.body.data.answersCounted).toBe(false);
    shiftDays(31);
    const results = (await app.call('getContent', { pathParameters: { id } })).body.data
      .consultation.results;
    expect(results[0].options.map((option: { count: number }) => option.count)).toEqual([1, 0, 0]);
  });

  test('bad input: a section not in the draft, two answers to a single-choice question, no consent, empty, oversized', async () => {
    const id = await publishConsultation();
    const cases: Array<[object, string]> = [
      [{ text: '意见', section: '第九条' }, 'section'],
      [{ text: '意见', answers: [[0, 1]] }, 'answers.0'],
      [{ text: '意见', answers: [[7]] }, 'answers.0'],
      [{ text: '意见', consent: false }, 'consent'],
      [{ text: '   ' }, 'text'],
      [{ text: '长'.repeat(2001) }, 'text'],
      [{ text: 42 }, 'text'],
      [{ text: '意见', contact: '不是电话' }, 'contact'],
    ];
    for (const [body, field] of cases) {
      const response = await comment(residents[0]!, id, body);
      expect(response.status).toBe(400);
      expect(response.body.error.fields?.[0]?.field ?? field).toBe(field);
    }
    const script = await comment(residents[0]!, id, { text: '<script>alert(1)</script> 😀 建议' });
    expect(script.status).toBe(200);
    expect(script.body.data.text).toBe('<script>alert(1)</script> 😀 建议');
  });

  test('risky text is refused and kept nowhere; text WeChat wants reviewed is held for staff', async () => {
    const id = await publishConsultation();
    const risky = await comment(residents[0]!, id, { text: '这里有诈骗链接，点开就送' });
    const review = await comment(residents[0]!, id, { text: '可以代办证件吗，多少钱？' });

    expect(risky.status).toBe(400);
    expect(review.body.data.status).toBe('held');
    const all = await staffComments(id);
    expect(all.map((entry) => entry.heldForCheck)).toEqual([true]);
  });

  test("the commenter's name is never sent to WeChat's content check: only the text that would be published", async () => {
    const id = await publishConsultation();
    const someone = await newResident('u-named');

    const response = await comment(someone, id, {
      text: '建议延长办理时间',
      name: '王小明',
      contact: '13800000000',
    });

    expect(response.status).toBe(200);
    expect((await contentChecksOf('o-u-named')).map((check) => check.content)).toEqual([
      '建议延长办理时间',
    ]);
  });

  test('twenty-one comments in a row from one person: twenty stored, the last refused before WeChat checks it', async () => {
    const id = await publishConsultation();
    const someone = await newResident('u-busy-commenter');
    const statuses: number[] = [];
    // From an address of its own: the address's hourly count is shared by the whole suite.
    for (let i = 0; i < 21; i++)
      statuses.push(
        (
          await app.call('submitComment', {
            token: someone,
            sourceIp: '198.51.100.21',
            pathParameters: { id },
            body: { clientKey: key(), consent: true, text: `第 ${i + 1} 条意见` },
          })
        ).status,
      );

    expect(statuses).toEqual([...Array(20).fill(200), 429]);
    expect(await contentChecksOf('o-u-busy-commenter')).toHaveLength(20);
  });

  test('a question sent with the client key of a comment answers 409 CLIENT_KEY_REUSED and is not mistaken for the comment', async () => {
    const id = await publishConsultation();
    const someone = await newResident('u-one-key');
    const clientKey = 'shared-client-key-000001';
    const commented = await app.call('submitComment', {
      token: someone,
      pathParameters: { id },
      body: { clientKey, text: '一条意见', consent: true },
    });

    const asked = await app.call('askQuestion', {
      token: someone,
      body: { clientKey, kind: 'general', text: '请问一窗通办的窗口在哪里？', consent: true },
    });

    expect(commented.status).toBe(200);
    expect(asked.status).toBe(409);
    expect(asked.body.error.code).toBe('CLIENT_KEY_REUSED');
    expect((await app.call('listMyQuestions', { token: someone })).body.data).toEqual([]);
  });

  test('comments on anything but a published consultation are refused', async () => {
    const draft = (await app.call('createDraft', { token: editor, body: aConsultationDraft() }))
      .body.data.id as string;
    expect((await comment(residents[0]!, draft, { text: '草稿上的意见' })).status).toBe(404);
    expect((await comment(residents[0]!, 'not-an-id', { text: '意见' })).status).toBe(404);
  });

  test('the approved comments of a withdrawn consultation are no longer listed publicly', async () => {
    const id = await publishConsultation();
    const sent = await comment(residents[1]!, id, { text: '撤回前已公开的意见。' });
    await app.call('moderateComment', {
      token: reviewer,
      pathParameters: { id, commentId: sent.body.data.id },
      body: { approve: true },
    });
    expect(
      (await app.call('listComments', { pathParameters: { id } })).body.data.items,
    ).toHaveLength(1);

    await app.call('withdrawItem', {
      token: reviewer,
      pathParameters: { id },
      body: { reason: '草案需重新论证' },
    });
    const listed = await app.call('listComments', { pathParameters: { id } });

    expect(listed.status).toBe(410);
    expect(listed.body.error.message).toBe('该征求意见已撤回');
    expect(listed.text).not.toContain('撤回前已公开的意见');
  });

  test('the public comments read their consultation strongly consistent, so a withdrawal counts the moment it committed', async () => {
    const id = await publishConsultation();
    const { documentClient } = await import('../../src/wiring/base');
    const reads: Array<{ command: string; consistent: boolean }> = [];
    const client = documentClient();
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { ConsistentRead?: boolean };
        reads.push({
          command: context.commandName ?? 'unknown',
          consistent: input.ConsistentRead === true,
        });
        return next(args);
      },
      { step: 'initialize', name: 'consistentReads' },
    );
    try {
      expect((await app.call('listComments', { pathParameters: { id } })).status).toBe(200);
    } finally {
      client.middlewareStack.remove('consistentReads');
    }

    // The consultation's own public copy: one strongly consistent GetItem, beside the page of comments.
    expect(reads).toContainEqual({ command: 'GetItemCommand', consistent: true });
    expect(reads).toHaveLength(2);
  });

  test('a consultation shorter than 30 days is refused at the draft', async () => {
    const response = await app.call('createDraft', {
      token: editor,
      body: aConsultationDraft({ closesOn: aConsultationDraft().opensOn }),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0]).toMatchObject({
      field: 'closesOn',
      message: '征求意见期限不少于 30 日',
    });
  });
});

describe("exporting a consultation's comments", () => {
  test("a CSV with what the staff list shows, in order, never the commenter's account", async () => {
    const id = await publishConsultation({ title: '关于调整户籍窗口时间的通告（征求意见稿）' });
    const [one, two] = residents as [string, string];
    const first = await comment(one, id, {
      text: '=建议延长到晚上七点',
      section: '第一条',
      answers: [[1], [0, 2]],
      name: '赵女士',
      contact: '13800000009',
    });
    const second = await comment(two, id, { text: '周末也开放。' });
    await app.call('moderateComment', {
      token: reviewer,
      pathParameters: { id, commentId: second.body.data.id },
      body: { approve: false, reason: '与本草案无关' },
    });
    await app.call('moderateComment', {
      token: reviewer,
      pathParameters: { id, commentId: first.body.data.id },
      body: { approve: true },
    });
    await app.call('decideComment', {
      token: editor,
      pathParameters: { id, commentId: first.body.data.id },
      body: { decision: 'partly', reason: '工作日延长到六点' },
    });

    const { view, text } = await downloadExport(
      await app.call('exportConsultationComments', { token: editor, pathParameters: { id } }),
    );

    expect(view).toMatchObject({ rows: 2 });
    expect(view.fileName).toMatch(
      /^征求意见-关于调整户籍窗口时间的通告（征求意见稿）-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '意见编号,提交时间,条款,意见内容,姓名,联系方式,审核状态,不公开理由,采纳情况,采纳理由,您是否支持一窗通办？,您最常办理哪些业务？',
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(2).join(','))).toEqual([
      "第一条,'=建议延长到晚上七点,赵女士,13800000009,已公开,,部分采纳,工作日延长到六点,不支持,户口迁移、身份证",
      '总体意见,周末也开放。,,,未公开,与本草案无关,,,,',
    ]);
    expect(text).not.toMatch(/o-u-one|o-u-two|u-one|u-two/);
  });

  test('is for the staff handling consultations only', async () => {
    const id = await publishConsultation();

    const asResident = await app.call('exportConsultationComments', {
      token: residents[0],
      pathParameters: { id },
    });

    expect(asResident.status).toBe(403);
  });
});
