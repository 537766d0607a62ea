import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoCreditLedger } from '../../src/adapters/dynamo/credit-ledger';
import {
  applicationKey,
  creditKey,
  questionKey,
  subscribedTopicKey,
  topicSubscriberKey,
  userKey,
} from '../../src/adapters/dynamo/keys';
import { DynamoSubscriptionStore } from '../../src/adapters/dynamo/subscription-store';
import { templateIdsFrom } from '../../src/config';
import { aConsultationDraft } from '../support/drafts';
import { testId } from '../support/interpretations';
import { recordCommands } from './support/table';
import { createTestApp } from './support/app';
import { GetCommand } from '@aws-sdk/lib-dynamodb';

/**
 * Subscribing through the API (on DynamoDB Local), and the store's two faces the sender uses:
 * SubscriberDirectory (paging a topic) and CreditLedger (counting one-time credits).
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let store: DynamoSubscriptionStore;
let ledger: DynamoCreditLedger;
const RELEASE = 'TPL_POLICY_RELEASE';
const REPLY = 'TPL_REPLY';
/** Every answer any route gave in this suite: none may carry an openid. */
const answers: string[] = [];

const openidOf = (userId: string) => `oOPENID-${userId}`;
async function newUser(userId: string, { openid = true } = {}) {
  await app.table.client.send(
    new PutCommand({
      TableName: app.table.tableName,
      Item: {
        ...userKey(userId),
        userId,
        ...(openid ? { openid: openidOf(userId) } : {}),
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    }),
  );
  return (await app.tokens.issue(userId, [])).token;
}
async function call(...args: Parameters<typeof app.call>) {
  const response = await app.call(...args);
  answers.push(response.text);
  return response;
}
const subscribe = (
  token: string,
  topics: string[],
  results: Array<{ templateId: string; result: string }>,
) => call('subscribe', { token, body: { topics, results } });
const accept = (templateId = RELEASE) => [{ templateId, result: 'accept' as const }];
const mine = async (token: string) => (await call('listMySubscriptions', { token })).body.data;
const credits = async (userId: string, templateId = RELEASE) =>
  Number(
    (
      await app.table.client.send(
        new GetCommand({
          TableName: app.table.tableName,
          Key: creditKey(userId, templateId),
          ConsistentRead: true,
        }),
      )
    ).Item?.credits ?? 0,
  );
const exists = async (Key: { pk: string; sk: string }) =>
  Boolean(
    (await app.table.client.send(new GetCommand({ TableName: app.table.tableName, Key }))).Item,
  );

beforeAll(async () => {
  app = await createTestApp('subscriptions');
  store = new DynamoSubscriptionStore(app.table.client, app.table.tableName);
  ledger = new DynamoCreditLedger(app.table.client, app.table.tableName, templateIdsFrom({}));
});

afterAll(() => app.drop());

describe('the options', () => {
  test('list the five categories, the offices and urgent notices, with the template of each message kind', async () => {
    const { body } = await call('subscriptionOptions');

    expect(body.data.topics.slice(0, 5).map((t: { label: string }) => t.label)).toEqual([
      '决策公开',
      '执行公开',
      '管理公开',
      '服务公开',
      '结果公开',
    ]);
    expect(body.data.topics).toContainEqual({
      topic: 'office:traffic',
      label: '交通警察大队',
      group: 'office',
    });
    expect(body.data.topics.at(-1)).toEqual({
      topic: 'urgent',
      label: '紧急通告',
      group: 'urgent',
    });
    expect(body.data.templates).toEqual([
      { kind: 'release', templateId: RELEASE, longTerm: false },
      { kind: 'reply', templateId: REPLY, longTerm: false },
      { kind: 'reminder', templateId: 'TPL_STAFF_REMINDER', longTerm: false },
    ]);
  });
});

describe('recording what WeChat answered', () => {
  test('an accept subscribes the topic and adds one credit; the person sees it with its label and credit', async () => {
    const token = await newUser('u-accept');

    const response = await subscribe(token, ['category:decision'], accept());

    expect(response.status).toBe(200);
    expect(response.body.data).toMatchObject({
      notSubscribed: [],
      message: '订阅成功，有新消息时将通过微信通知您',
    });
    expect(response.body.data.subscribed).toEqual([
      expect.objectContaining({
        topic: 'category:decision',
        label: '决策公开',
        credits: 1,
        longTerm: false,
        templateId: RELEASE,
      }),
    ]);
    const view = await mine(token);
    expect(view.topics).toEqual([
      expect.objectContaining({
        topic: 'category:decision',
        label: '决策公开',
        kind: 'release',
        credits: 1,
      }),
    ]);
    expect(view.templates).toEqual([
      expect.objectContaining({
        templateId: RELEASE,
        credits: 1,
        lastResult: { result: 'accept', at: expect.any(String) },
      }),
      expect.objectContaining({ templateId: REPLY, credits: 0 }),
      expect.objectContaining({ templateId: 'TPL_STAFF_REMINDER', credits: 0 }),
    ]);
    expect(await exists(topicSubscriberKey('category:decision', 'u-accept'))).toBe(true);
  });

  test('a reject subscribes nothing, adds no credit, keeps the answer and says so', async () => {
    const token = await newUser('u-reject');

    const response = await subscribe(
      token,
      ['urgent'],
      [{ templateId: RELEASE, result: 'reject' }],
    );

    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({
      subscribed: [],
      notSubscribed: ['urgent'],
      message: '您未允许接收通知，本次未订阅',
    });
    expect(await credits('u-reject')).toBe(0);
    const view = await mine(token);
    expect(view.topics).toEqual([]);
    expect(view.templates[0].lastResult.result).toBe('reject');
  });

  test('ban and filter say what stopped it', async () => {
    const token = await newUser('u-ban');

    const banned = await subscribe(token, ['urgent'], [{ templateId: RELEASE, result: 'ban' }]);
    const filtered = await subscribe(
      token,
      ['urgent'],
      [{ templateId: RELEASE, result: 'filter' }],
    );

    expect(banned.body.data.message).toContain('关闭了此类通知');
    expect(filtered.body.data.message).toBe('该通知暂时无法订阅，本次未订阅');
    expect((await mine(token)).topics).toEqual([]);
  });

  test('each accept is one more credit; subscribing again keeps one subscription and its first date', async () => {
    const token = await newUser('u-again');
    const first = (await subscribe(token, ['category:result'], accept())).body.data.subscribed[0];

    const second = (await subscribe(token, ['category:result'], accept())).body.data.subscribed[0];

    expect(second).toMatchObject({ credits: 2, since: first.since });
    expect((await mine(token)).topics).toHaveLength(1);
  });

  test('ten concurrent accepts are ten credits', async () => {
    const token = await newUser('u-concurrent');

    const responses = await Promise.all(
      Array.from({ length: 10 }, () => subscribe(token, ['urgent', 'category:decision'], accept())),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(200));
    expect(await credits('u-concurrent')).toBe(10);
    expect((await mine(token)).topics.map((t: { topic: string }) => t.topic).sort()).toEqual([
      'category:decision',
      'urgent',
    ]);
  });

  test("one prompt's answers sent again with their client key (a retry, or five at once) are one credit; another prompt's are another", async () => {
    const token = await newUser('u-retry');
    const prompt = {
      topics: ['office:exit-entry'],
      results: accept(),
      clientKey: 'prompt-key-0000000000000001',
    };

    const first = await call('subscribe', { token, body: prompt });
    const again = await Promise.all(
      Array.from({ length: 5 }, () => call('subscribe', { token, body: prompt })),
    );

    expect([first, ...again].map((response) => response.status)).toEqual(Array(6).fill(200));
    expect(again[0]!.body.data.subscribed).toEqual([
      expect.objectContaining({ topic: 'office:exit-entry', credits: 1 }),
    ]);
    expect(await credits('u-retry')).toBe(1);
    await call('subscribe', {
      token,
      body: { ...prompt, clientKey: 'prompt-key-0000000000000002' },
    });
    expect(await credits('u-retry')).toBe(2);
    const bad = await call('subscribe', { token, body: { ...prompt, clientKey: 'short' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ field: 'clientKey', message: '提交标识无效' }]);
  });

  test('a topic whose template was not answered, an unknown template or topic, too many topics: 400 naming the field', async () => {
    const token = await newUser('u-bad');
    const cases: Array<[string[], Array<{ templateId: string; result: string }>, string]> = [
      [['question:01HTEST0000000000000000Q01'], accept(RELEASE), 'topics.0'],
      [['urgent'], accept('TPL_SOMEONE_ELSES'), 'results.0.templateId'],
      [['category:nope'], accept(), 'topics.0'],
      [['office:traffic', 'urgent:1'], accept(), 'topics.1'],
      [Array(11).fill('urgent'), accept(), 'topics'],
      [['urgent'], [], 'results'],
      [['urgent'], [...accept(), ...accept()], 'results.1.templateId'],
      [['urgent'], [{ templateId: RELEASE, result: 'maybe' }], 'results.0.result'],
    ];
    for (const [topics, results, field] of cases) {
      const response = await subscribe(token, topics, results);
      expect(response.status).toBe(400);
      expect(response.body.error.fields.map((issue: { field: string }) => issue.field)).toContain(
        field,
      );
    }
    expect(await credits('u-bad')).toBe(0);
  });
});

describe('follow-ups of one item', () => {
  const QUESTION = testId(7001);
  const APPLICATION = testId(7002);
  let consultation: string;

  beforeAll(async () => {
    const put = (Item: Record<string, unknown>) =>
      app.table.client.send(new PutCommand({ TableName: app.table.tableName, Item }));
    await put({ ...questionKey(QUESTION), id: QUESTION, askerId: 'u-asker', status: 'pending' });
    await put({
      ...applicationKey(APPLICATION),
      id: APPLICATION,
      applicantId: 'u-asker',
      status: 'received',
    });
    const editor = await app.addStaff('u-editor', ['editor']);
    const reviewer = await app.addStaff('u-reviewer', ['reviewer']);
    consultation = (await app.call('createDraft', { token: editor, body: aConsultationDraft() }))
      .body.data.id;
    await app.call('submitForReview', { token: editor, pathParameters: { id: consultation } });
    expect(
      (
        await app.call('publishItem', {
          token: reviewer,
          pathParameters: { id: consultation },
          body: {},
        })
      ).status,
    ).toBe(200);
  });

  test('the asker follows their own question and application, with the reply template', async () => {
    const token = await newUser('u-asker');

    const response = await subscribe(
      token,
      [`question:${QUESTION}`, `application:${APPLICATION}`],
      accept(REPLY),
    );

    expect(response.status).toBe(200);
    expect(
      response.body.data.subscribed.map(
        (view: { label: string; kind: string; credits: number }) => [
          view.label,
          view.kind,
          view.credits,
        ],
      ),
    ).toEqual([
      ['留言答复提醒', 'reply', 1],
      ['信息公开申请答复提醒', 'reply', 1],
    ]);
  });

  test("someone else's question or application, or one that does not exist, is refused alike", async () => {
    const token = await newUser('u-stranger');

    for (const topic of [
      `question:${QUESTION}`,
      `application:${APPLICATION}`,
      `question:${testId(7999)}`,
    ]) {
      const response = await subscribe(token, [topic], accept(REPLY));
      expect(response.status).toBe(400);
      expect(response.body.error.fields).toEqual([
        { field: 'topics.0', message: '只能订阅本人留言或申请的答复提醒' },
      ]);
    }
    expect(await credits('u-stranger', REPLY)).toBe(0);
  });

  test('any published consultation may be followed (its report is public); an id that is none may not', async () => {
    const token = await newUser('u-follower');

    expect(
      (await subscribe(token, [`consultation:${consultation}`], accept())).body.data.subscribed[0],
    ).toMatchObject({ label: '征求意见采纳情况', kind: 'release' });
    const missing = await subscribe(token, [`consultation:${QUESTION}`], accept());
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].field).toBe('topics.0');
  });
});

describe('cancelling', () => {
  test('removes the topic from both partitions in one request; the credits stay', async () => {
    const token = await newUser('u-cancel');
    await subscribe(token, ['office:traffic', 'urgent'], accept());

    const response = await call('cancelSubscription', {
      token,
      pathParameters: { topic: encodeURIComponent('office:traffic') },
    });

    expect(response.status).toBe(200);
    expect(response.body.data.topics.map((t: { topic: string }) => t.topic)).toEqual(['urgent']);
    expect(await exists(subscribedTopicKey('u-cancel', 'office:traffic'))).toBe(false);
    expect(await exists(topicSubscriberKey('office:traffic', 'u-cancel'))).toBe(false);
    expect(await credits('u-cancel')).toBe(1);
  });

  test('a topic not subscribed is 404, one that is none 400', async () => {
    const token = await newUser('u-cancel-2');

    expect(
      (await call('cancelSubscription', { token, pathParameters: { topic: 'urgent' } })).status,
    ).toBe(404);
    expect(
      (await call('cancelSubscription', { token, pathParameters: { topic: 'category%3Anope' } }))
        .status,
    ).toBe(400);
    expect(
      (await call('cancelSubscription', { token, pathParameters: { topic: '%E0%A4%A' } })).status,
    ).toBe(400);
  });

  test("one person's cancel leaves another's subscription", async () => {
    const a = await newUser('u-cancel-a');
    const b = await newUser('u-cancel-b');
    await subscribe(a, ['category:service'], accept());
    await subscribe(b, ['category:service'], accept());

    await call('cancelSubscription', { token: a, pathParameters: { topic: 'category:service' } });

    expect((await store.subscribers('category:service', undefined, 10)).items).toEqual([
      { userId: 'u-cancel-b', openid: openidOf('u-cancel-b') },
    ]);
  });
});

describe('SubscriberDirectory', () => {
  test('pages 250 subscribers by 100: each exactly once, one Query a page, the last page not empty', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `u-many-${String(i).padStart(3, '0')}`);
    for (let i = 0; i < ids.length; i += 25) {
      await Promise.all(
        ids.slice(i, i + 25).map((userId) =>
          store.record({
            userId,
            openid: openidOf(userId),
            at: '2026-11-27T00:00:00.000Z',
            results: accept(),
            credited: [RELEASE],
            topics: ['category:management'],
          }),
        ),
      );
    }
    const sent = recordCommands(app.table.client);

    const pages: Array<{ items: Array<{ userId: string; openid: string }>; nextCursor?: string }> =
      [];
    let cursor: string | undefined;
    do {
      const page = await store.subscribers('category:management', cursor, 100);
      pages.push(page);
      cursor = page.nextCursor;
    } while (cursor);

    expect(pages.map((page) => page.items.length)).toEqual([100, 100, 50]);
    const seen = pages.flatMap((page) => page.items.map((item) => item.userId));
    expect(seen.sort()).toEqual(ids);
    expect(new Set(seen).size).toBe(250);
    expect(pages[0]!.items[0]).toEqual({ userId: ids[0], openid: openidOf(ids[0]!) });
    expect(sent.filter((name) => name === 'QueryCommand')).toHaveLength(3);
  });

  test('a subscriber whose user has no openid is left out; a topic without subscribers is one empty page', async () => {
    const token = await newUser('u-no-openid', { openid: false });
    await subscribe(token, ['office:cyber'], accept());

    expect(await store.subscribers('office:cyber', undefined, 100)).toEqual({ items: [] });
    expect(await store.subscribers('office:command', undefined, 100)).toEqual({ items: [] });
  });

  test('a cursor that is not one of ours is refused', async () => {
    await expect(
      store.subscribers('urgent', Buffer.from('x#y').toString('base64url'), 10),
    ).rejects.toThrow('invalid cursor');
  });
});

describe('CreditLedger', () => {
  test('hasCredit while credits are left; useCredit never goes below zero, even when many sends race', async () => {
    const token = await newUser('u-ledger');
    for (let i = 0; i < 3; i++) await subscribe(token, ['urgent'], accept());
    expect(await ledger.hasCredit('u-ledger', RELEASE)).toBe(true);

    await Promise.all(Array.from({ length: 8 }, () => ledger.useCredit('u-ledger', RELEASE)));

    expect(await credits('u-ledger')).toBe(0);
    expect(await ledger.hasCredit('u-ledger', RELEASE)).toBe(false);
    await ledger.useCredit('u-ledger', RELEASE);
    await ledger.useCredit('u-never', RELEASE);
    expect(await credits('u-ledger')).toBe(0);
    expect(await credits('u-never')).toBe(0);
  });

  test('clearCredits sets zero, whatever was counted; a later accept counts from there', async () => {
    const token = await newUser('u-clear');
    await subscribe(token, ['urgent'], accept());
    await subscribe(token, ['urgent'], accept());

    await ledger.clearCredits('u-clear', RELEASE);

    expect(await ledger.hasCredit('u-clear', RELEASE)).toBe(false);
    expect((await mine(token)).topics[0].credits).toBe(0);
    await subscribe(token, ['urgent'], accept());
    expect(await credits('u-clear')).toBe(1);
  });

  test('a long-term template always has credit, and an accept of it counts none', async () => {
    const longTerm = new DynamoCreditLedger(
      app.table.client,
      app.table.tableName,
      templateIdsFrom({ WECHAT_TEMPLATE_LONG_TERM: 'release' }),
    );

    expect(await longTerm.hasCredit('u-nobody', RELEASE)).toBe(true);
    expect(await longTerm.hasCredit('u-nobody', REPLY)).toBe(false);
    await longTerm.useCredit('u-nobody', RELEASE);
    expect(await credits('u-nobody')).toBe(0);
  });
});

test('no answer of any route in this suite carries an openid', () => {
  expect(answers.length).toBeGreaterThan(30);
  for (const text of answers) expect(text).not.toMatch(/oOPENID|openid/i);
});
