import type { AddressInfo } from 'node:net';
import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { RATING_SCORES } from '@sunshine/shared';
import { userKey } from '../../src/adapters/dynamo/keys';
import { createTestApp } from './support/app';

// The real WeChat sandbox, over HTTP, answers the content checks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSandbox } = require('../../../sandbox/wechat-sandbox');

let sandbox: { listen: (port: number) => Promise<AddressInfo>; close: () => Promise<void> };
let app: Awaited<ReturnType<typeof createTestApp>>;
let responder: string;
let editor: string;
let n = 0;

const key = () => `feedback-client-key-${String(++n).padStart(6, '0')}`;
const resident = async (userId: string) => {
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
};
const ask = (token: string, body: object, sourceIp = '198.51.100.1') =>
  app.call('askQuestion', {
    token,
    sourceIp,
    body: { clientKey: key(), kind: 'general', consent: true, ...body },
  });
const answer = (token: string, id: string, text: string) =>
  app.call('answerQuestion', { token, pathParameters: { id }, body: { text } });
const rate = (token: string, id: string, body: object) =>
  app.call('rateAnswer', { token, pathParameters: { id }, body });

beforeAll(async () => {
  sandbox = createSandbox();
  const { port } = await sandbox.listen(0);
  app = await createTestApp('question-feedback', { WECHAT_API_BASE: `http://127.0.0.1:${port}` });
  responder = await app.addStaff('u-responder', ['responder'], 'active', '王答复');
  editor = await app.addStaff('u-editor', ['editor'], 'active', '赵编辑');
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

describe('rating answers (好差评)', () => {
  test('only the asker rates, only once answered; a second rating replaces the first; staff see it per responder and kind without the asker', async () => {
    const asker = await resident('u-asker');
    const neighbour = await resident('u-next-door');
    const { id } = (await ask(asker, { kind: 'service', text: '护照丢了怎么补办？' })).body.data;

    const early = await rate(asker, id, { score: 5 });
    await answer(responder, id, '请带身份证到出入境大厅申请补发。');
    const someoneElse = await rate(neighbour, id, { score: 1, problems: ['attitude'] });
    const poorWithoutProblem = await rate(asker, id, { score: 2 });
    const first = await rate(asker, id, { score: 4 });
    const changed = await rate(asker, id, {
      score: 2,
      problems: ['unclear'],
      reason: '没说要不要照片',
    });

    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('留言答复后才能评价');
    expect(someoneElse.status).toBe(403);
    expect(poorWithoutProblem.status).toBe(400);
    expect(first.body.data.rating).toMatchObject({ score: 4 });
    expect(changed.body.data.rating).toMatchObject({
      score: 2,
      problems: ['unclear'],
      reason: '没说要不要照片',
    });
    expect((await app.call('listMyQuestions', { token: asker })).body.data[0].rating).toMatchObject(
      { score: 2 },
    );

    const ratings = await app.call('listAnswerRatings', { token: responder });
    const mine = ratings.body.data.byResponder.find(
      (each: { responder: { userId: string } }) => each.responder.userId === 'u-responder',
    );
    expect(mine).toMatchObject({
      responder: { displayName: '王答复' },
      count: 1,
      average: 2,
      byScore: { 2: 1, 4: 0 },
      problems: { unclear: 1 },
    });
    expect(
      ratings.body.data.byKind.find((each: { kind: string }) => each.kind === 'service'),
    ).toMatchObject({ count: 1 });
    expect(ratings.body.data.recent[0]).toMatchObject({
      kind: 'service',
      responderName: '王答复',
      score: 2,
      reason: '没说要不要照片',
    });
    expect(ratings.text).not.toContain('u-asker');
    expect((await app.call('listAnswerRatings', { token: asker })).status).toBe(403);
  });

  test('10 concurrent ratings, then 10 concurrent changes, leave the counts exact', async () => {
    const counted = await app.addStaff('u-counted', ['responder'], 'active', '计数员');
    const askers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => resident(`u-rater-${i}`)),
    );
    const ids: string[] = [];
    for (const [i, token] of askers.entries())
      ids.push(
        (
          await ask(
            token,
            { kind: 'complaint', text: `第 ${i} 条意见：窗口排队太久` },
            `198.51.100.${20 + i}`,
          )
        ).body.data.id,
      );
    for (const id of ids) await answer(counted, id, '已转告窗口，增开了两个窗口。');
    const poor = (score: number) => (score <= 2 ? { problems: ['too_slow'] } : {});

    const firstRound = await Promise.all(
      askers.map((token, i) =>
        rate(token, ids[i]!, { score: RATING_SCORES[i % 5], ...poor(RATING_SCORES[i % 5]!) }),
      ),
    );
    // Then five askers change their minds twice at once, the others once.
    const changes = askers.flatMap((token, i) =>
      (i < 5 ? [((i + 1) % 5) + 1, ((i + 3) % 5) + 1] : [((i + 2) % 5) + 1]).map((score) => ({
        token,
        id: ids[i]!,
        score,
      })),
    );
    const secondRound = await Promise.all(
      changes.map(({ token, id, score }) => rate(token, id, { score, ...poor(score) })),
    );

    expect(firstRound.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(secondRound.map((response) => response.status)).toEqual(Array(changes.length).fill(200));
    const finals = await Promise.all(
      askers.map(
        async (token) =>
          (await app.call('listMyQuestions', { token })).body.data[0].rating.score as number,
      ),
    );
    const expected = Object.fromEntries(
      RATING_SCORES.map((score) => [score, finals.filter((each) => each === score).length]),
    );
    const ratings = (await app.call('listAnswerRatings', { token: counted })).body.data;
    const byResponder = ratings.byResponder.find(
      (each: { responder: { userId: string } }) => each.responder.userId === 'u-counted',
    );
    const byKind = ratings.byKind.find((each: { kind: string }) => each.kind === 'complaint');
    expect(byResponder).toMatchObject({
      count: 10,
      byScore: expected,
      problems: { too_slow: finals.filter((score) => score <= 2).length },
    });
    expect(byKind).toMatchObject({ count: 10, byScore: expected });
  });
});

describe('promoting an answer to public Q&A', () => {
  test('an editor makes an anonymized Q&A draft of it, once', async () => {
    const asker = await resident('u-promoted');
    const question =
      '我叫李建国，身份证 110101199003071234 丢了，电话 13912345678，邮箱 li@example.com，怎么补办？';
    const { id } = (
      await ask(asker, {
        kind: 'service',
        text: question,
        contact: { name: '李建国', phone: '13912345678' },
      })
    ).body.data;
    await answer(responder, id, '李建国您好：请带户口簿到户籍窗口补办，咨询电话 010-12345678。');

    const byResponderOnly = await app.call('promoteQuestion', {
      token: responder,
      pathParameters: { id },
    });
    const promoted = await app.call('promoteQuestion', { token: editor, pathParameters: { id } });
    const again = await app.call('promoteQuestion', { token: editor, pathParameters: { id } });

    expect(byResponderOnly.status).toBe(403);
    expect(promoted.status).toBe(200);
    const draftId = promoted.body.data.promotedTo.draftId;
    const draft = (
      await app.call('getWorkflowItem', { token: editor, pathParameters: { id: draftId } })
    ).body.data;
    expect(draft).toMatchObject({ status: 'draft', kind: 'qa', editors: [{ userId: 'u-editor' }] });
    expect(
      (await app.call('listWorkflowItems', { token: editor, query: { view: 'mine' } })).text,
    ).toContain(draftId);
    expect(draft.draft.title).toBe('我叫***，身份证 *** 丢了，电话 ***，邮箱 ***，怎么补办？');
    expect(draft.draft.answer).toBe('***您好：请带户口簿到户籍窗口补办，咨询电话 ***。');
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('该留言已转为公开问答，请勿重复操作');
    const answered = await app.call('listAnsweredQuestions', { token: editor });
    expect(answered.body.data.find((each: { id: string }) => each.id === id)).toMatchObject({
      promotedTo: { draftId },
    });
    expect(answered.text).not.toMatch(/13912345678.*13912345678|u-promoted/);
    expect((await app.call('listContent', { query: { kind: 'qa' } })).text).not.toContain(draftId);
  });

  test('an unanswered question cannot be promoted', async () => {
    const { id } = (await ask(await resident('u-waiting'), { text: '驾驶证到期怎么换？' })).body
      .data;

    const response = await app.call('promoteQuestion', { token: editor, pathParameters: { id } });

    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe('留言答复后才能转为公开问答');
  });
});

describe('one answered question, by id (the service levels open it)', () => {
  test('responders and editors read it without its contact; a discloser is refused; an unanswered one is not found', async () => {
    const { id } = (
      await ask(await resident('u-one-answered'), {
        text: '居住证怎么续签？',
        contact: { name: '周某某', phone: '13700001111' },
      })
    ).body.data;
    const waiting = (await ask(await resident('u-one-waiting'), { text: '护照怎么办？' })).body.data
      .id;
    await answer(responder, id, '请到出入境窗口办理。');
    const discloser = await app.addStaff('u-one-discloser', ['discloser']);

    const byResponder = await app.call('getServiceLevelQuestion', {
      token: responder,
      pathParameters: { id },
    });
    const byEditor = await app.call('getServiceLevelQuestion', {
      token: editor,
      pathParameters: { id },
    });
    const byDiscloser = await app.call('getServiceLevelQuestion', {
      token: discloser,
      pathParameters: { id },
    });
    const unanswered = await app.call('getServiceLevelQuestion', {
      token: responder,
      pathParameters: { id: waiting },
    });

    expect(byResponder.status).toBe(200);
    expect(byResponder.body.data).toMatchObject({
      id,
      text: '居住证怎么续签？',
      answer: { text: '请到出入境窗口办理。' },
    });
    expect(byResponder.text).not.toMatch(/13700001111|周某某|u-one-answered/);
    expect(byEditor.body.data.id).toBe(id);
    expect(byDiscloser.status).toBe(403);
    expect(unanswered.status).toBe(404);
  });
});

describe('per-address limit', () => {
  test('refuses the 31st question in an hour from one address, whoever asks; another address goes on; the address is never stored', async () => {
    const people = await Promise.all(
      ['u-hall-1', 'u-hall-2', 'u-hall-3', 'u-hall-4'].map(resident),
    );
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++)
      statuses.push(
        (await ask(people[i % 4]!, { text: `大厅第 ${i + 1} 个问题：怎么办理？` }, '203.0.113.77'))
          .status,
      );
    const refused = await ask(people[3]!, { text: '大厅又一个问题：怎么办理？' }, '203.0.113.77');
    const elsewhere = await ask(people[3]!, { text: '换个网络再问：怎么办理？' }, '203.0.113.78');

    expect(statuses.slice(0, 30).every((status) => status === 200)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect(refused.body.error.message).toBe('提交过于频繁，请稍后再试');
    expect(elsewhere.status).toBe(200);
    const everything = JSON.stringify(
      (await app.table.client.send(new ScanCommand({ TableName: app.table.tableName }))).Items,
    );
    expect(everything).not.toContain('203.0.113.77');
  });
});
