import {
  BUILT_IN_TOPICS,
  customTopicKey,
  isSubscriptionTopic,
  LIBRARY_RELEASES,
  messageKindOf,
  subscriptionWords,
  profileOffices,
  subscriptionTopicLabel,
  SubscribeInputSchema,
  validate,
  type SubscribeResult,
} from '@sunshine/shared';
import { subscribe, type SubscriptionDeps } from '../../src/domain/subscriptions/subscribe';
import {
  cancelSubscription,
  subscriptionOptions,
} from '../../src/domain/subscriptions/my-subscriptions';
import { templateIdsFrom } from '../../src/config';
import type {
  PersonSubscriptions,
  SubscriptionChange,
  SubscriptionStore,
} from '../../src/ports/subscription-store';
import { testId } from '../support/interpretations';

const QUESTION = testId(1);
const CONCERN = testId(2);
const RESIDENT = { userId: 'u-resident', roles: [] };

/** Keeps what the use case asks to record, and answers listMine from it as the store would. */
class InMemorySubscriptions implements SubscriptionStore {
  readonly changes: SubscriptionChange[] = [];
  private readonly mine: PersonSubscriptions = { topics: [], credits: {}, results: {} };
  async record(change: SubscriptionChange) {
    this.changes.push(change);
    for (const templateId of change.credited)
      this.mine.credits[templateId] = (this.mine.credits[templateId] ?? 0) + 1;
    for (const topic of change.topics)
      if (!this.mine.topics.some((t) => t.topic === topic))
        this.mine.topics.push({ topic, since: change.at });
  }
  async listMine() {
    return this.mine;
  }
  async cancel() {
    return false;
  }
}

function setup(env: Record<string, string> = {}) {
  const subscriptions = new InMemorySubscriptions();
  const deps: SubscriptionDeps = {
    subscriptions,
    templates: templateIdsFrom(env),
    users: { get: async (userId) => ({ userId, openid: `o-${userId}`, createdAt: '' }) },
    questions: {
      get: async (id) =>
        id === QUESTION ? ({ id, askerId: RESIDENT.userId } as never) : undefined,
    },
    applications: { get: async () => undefined },
    content: { getPublished: async () => undefined },
    concerns: { get: async (id) => (id === CONCERN ? ({ id } as never) : undefined) },
    clock: { now: () => new Date('2026-11-27T02:00:00.000Z') },
  };
  return { deps, subscriptions };
}
const answers = (...pairs: Array<[string, SubscribeResult]>) =>
  pairs.map(([templateId, result]) => ({ templateId, result }));

describe('topics', () => {
  test.each([
    'category:decision',
    'office:exit-entry',
    'topic:household',
    `topic:${customTopicKey('消防')}`,
    'urgent',
    `question:${QUESTION}`,
    `application:${QUESTION}`,
    `consultation:${QUESTION}`,
  ])('%s is a topic', (topic) => {
    expect(isSubscriptionTopic(topic)).toBe(true);
  });

  test.each([
    '',
    'category:',
    'category:other',
    'office:Nope',
    'office:x',
    'topic:',
    'topic:fire',
    'topic:c-zz',
    'urgent:1',
    'question:123',
    `question:${QUESTION}:x`,
    `comment:${QUESTION}`,
    `question:${QUESTION.toLowerCase()}`,
    'SUBS#urgent',
  ])('%j is not', (topic) => {
    expect(isSubscriptionTopic(topic)).toBe(false);
  });

  test('are named in Chinese and bring a release, or a reply for one’s own question or application', () => {
    expect(subscriptionTopicLabel('category:decision')).toBe('决策公开');
    expect(subscriptionTopicLabel('office:traffic')).toBe('交通警察大队');
    expect(subscriptionTopicLabel('urgent')).toBe('紧急通告');
    expect(subscriptionTopicLabel('topic:exit-entry')).toBe('出入境');
    expect(subscriptionTopicLabel(`topic:${customTopicKey('消防')}`)).toBe('消防');
    expect(
      [`question:${QUESTION}`, `application:${QUESTION}`, `consultation:${QUESTION}`, 'urgent'].map(
        (topic) => messageKindOf(topic as never),
      ),
    ).toEqual(['reply', 'reply', 'release', 'release']);
  });

  test('the request schema names the field of each problem', () => {
    const result = validate(SubscribeInputSchema, {
      topics: ['urgent', 'office:Mars'],
      results: answers(['T', 'accept'], ['U', 'accept'], ['V', 'accept'], ['W', 'accept']),
    });

    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((issue) => [issue.field, issue.message])).toEqual([
      ['topics.1', '没有这项订阅内容'],
      ['results', '一次最多请求 3 个消息模板'],
    ]);
  });
});

describe('what a button promises (subscriptionWords)', () => {
  test('a category, office or topic promises every kind announced under it, by its name', () => {
    expect(LIBRARY_RELEASES).toBe(
      '新发布的政策文件、解读、问答、通告、年度报告，办事指南新增或变更（收费、时限、材料、地点、办公时间），征求意见开始及采纳情况',
    );
    expect(subscriptionWords('topic:exit-entry')).toEqual({
      label: '订阅「出入境」',
      arrives: LIBRARY_RELEASES,
      subject: `「出入境」${LIBRARY_RELEASES}`,
    });
    expect(subscriptionWords(`topic:${customTopicKey('消防')}`).label).toBe('订阅「消防」');
    expect(subscriptionWords('category:decision').label).toBe('订阅「决策公开」');
    // An office by the name the page shows (the bureau's profile may rename it).
    expect(subscriptionWords('office:traffic', '交警大队').subject).toBe(
      `「交警大队」${LIBRARY_RELEASES}`,
    );
  });

  test('urgent notices and each follow-up promise only what they bring', () => {
    expect(
      ['urgent', `consultation:${QUESTION}`, `question:${QUESTION}`, `application:${QUESTION}`].map(
        (topic) => subscriptionWords(topic as never),
      ),
    ).toEqual([
      { label: '订阅紧急通告', arrives: '发布紧急通告时提醒您', subject: '紧急通告发布' },
      {
        label: '采纳情况公布后提醒我',
        arrives: '本次征求意见的采纳情况公布时提醒您',
        subject: '本次征求意见的采纳情况公布',
      },
      {
        label: '答复后提醒我',
        arrives: '本条留言答复后提醒您，在“我的留言”查看答复',
        subject: '本条留言的答复',
      },
      {
        label: '答复后提醒我',
        arrives: '本件申请答复后提醒您，在“我的申请”查看答复',
        subject: '本件信息公开申请的答复',
      },
    ]);
  });
  test("following a concern and a staff member's reminders promise only what they bring", () => {
    expect(
      [`concern:${CONCERN}`, 'staff:u-responder'].map((topic) => subscriptionWords(topic as never)),
    ).toEqual([
      {
        label: '关注此事',
        arrives: '此事有新的权威发布或进展通报时提醒您',
        subject: '本关切事项的权威发布和进展通报',
      },
      {
        label: '订阅工作提醒',
        arrives: '承办的关切事项到半程和截止前一小时提醒您',
        subject: '承办关切事项的办理时限提醒',
      },
    ]);
  });
});

describe('template configuration', () => {
  test('defaults to the sandbox templates, one-time', () => {
    expect(templateIdsFrom({})).toEqual({
      release: { templateId: 'TPL_POLICY_RELEASE', longTerm: false },
      reply: { templateId: 'TPL_REPLY', longTerm: false },
      reminder: { templateId: 'TPL_STAFF_REMINDER', longTerm: false },
    });
  });

  test('takes real ids and long-term kinds from the environment', () => {
    expect(
      templateIdsFrom({
        WECHAT_TEMPLATE_RELEASE: ' abcRelease ',
        WECHAT_TEMPLATE_REPLY: 'xyzReply',
        WECHAT_TEMPLATE_LONG_TERM: 'release, ',
      }),
    ).toEqual({
      release: { templateId: 'abcRelease', longTerm: true },
      reply: { templateId: 'xyzReply', longTerm: false },
      reminder: { templateId: 'TPL_STAFF_REMINDER', longTerm: false },
    });
  });

  test('fails at cold start on an unknown kind or a template shared by two kinds', () => {
    expect(() => templateIdsFrom({ WECHAT_TEMPLATE_LONG_TERM: 'releases' })).toThrow(
      'unknown message kinds: releases',
    );
    expect(() => templateIdsFrom({ WECHAT_TEMPLATE_REPLY: 'TPL_POLICY_RELEASE' })).toThrow(
      'a template of its own',
    );
  });

  test('the options offer the five categories, the offices and urgent notices, with each kind’s template', () => {
    const options = subscriptionOptions(
      templateIdsFrom({ WECHAT_TEMPLATE_LONG_TERM: 'reply' }),
      profileOffices(undefined),
    );

    expect(options.topics.filter((t) => t.group === 'category')).toHaveLength(5);
    expect(options.topics.filter((t) => t.group === 'office')).toHaveLength(9);
    expect(options.templates).toEqual([
      { kind: 'release', templateId: 'TPL_POLICY_RELEASE', longTerm: false },
      { kind: 'reply', templateId: 'TPL_REPLY', longTerm: true },
      { kind: 'reminder', templateId: 'TPL_STAFF_REMINDER', longTerm: false },
    ]);
  });
});

describe('credit rules', () => {
  test('an accept of a one-time template is one credit, kept with the answer and the openid', async () => {
    const { deps, subscriptions } = setup();

    const outcome = await subscribe(deps, RESIDENT, {
      topics: ['urgent'],
      results: answers(['TPL_POLICY_RELEASE', 'accept']),
    });

    expect(subscriptions.changes).toEqual([
      {
        userId: 'u-resident',
        openid: 'o-u-resident',
        at: '2026-11-27T02:00:00.000Z',
        results: answers(['TPL_POLICY_RELEASE', 'accept']),
        credited: ['TPL_POLICY_RELEASE'],
        topics: ['urgent'],
      },
    ]);
    expect(outcome.subscribed).toEqual([expect.objectContaining({ topic: 'urgent', credits: 1 })]);
    expect(JSON.stringify(outcome)).not.toContain('o-u-resident');
  });

  test('an accept of a long-term template subscribes without a credit', async () => {
    const { deps, subscriptions } = setup({ WECHAT_TEMPLATE_LONG_TERM: 'release' });

    const outcome = await subscribe(deps, RESIDENT, {
      topics: ['urgent'],
      results: answers(['TPL_POLICY_RELEASE', 'accept']),
    });

    expect(subscriptions.changes[0]).toMatchObject({ credited: [], topics: ['urgent'] });
    expect(outcome.subscribed[0]).toMatchObject({ longTerm: true, credits: 0 });
  });

  test('each topic follows its own template’s answer: an accepted reply and a refused release subscribe the reply only', async () => {
    const { deps, subscriptions } = setup();

    const outcome = await subscribe(deps, RESIDENT, {
      topics: [`question:${QUESTION}`, 'urgent'],
      results: answers(['TPL_POLICY_RELEASE', 'reject'], ['TPL_REPLY', 'accept']),
    });

    expect(subscriptions.changes[0]).toMatchObject({
      credited: ['TPL_REPLY'],
      topics: [`question:${QUESTION}`],
    });
    expect(outcome).toMatchObject({
      notSubscribed: ['urgent'],
      message: '部分内容已订阅；未允许的通知不会发送给您',
    });
  });

  test('a refusal records the answer, subscribes nothing, credits nothing, and does not look up the openid', async () => {
    const { deps, subscriptions } = setup();
    const users = jest.spyOn(deps.users, 'get');

    const outcome = await subscribe(deps, RESIDENT, {
      topics: ['urgent'],
      results: answers(['TPL_POLICY_RELEASE', 'reject']),
    });

    expect(subscriptions.changes[0]).toMatchObject({
      credited: [],
      topics: [],
      results: answers(['TPL_POLICY_RELEASE', 'reject']),
    });
    expect(users).not.toHaveBeenCalled();
    expect(outcome).toEqual({
      subscribed: [],
      notSubscribed: ['urgent'],
      message: '您未允许接收通知，本次未订阅',
    });
  });

  test('a follow-up of an item that is not one’s own is refused before anything is recorded', async () => {
    const { deps, subscriptions } = setup();

    await expect(
      subscribe(
        deps,
        { userId: 'u-other', roles: [] },
        { topics: [`question:${QUESTION}`], results: answers(['TPL_REPLY', 'accept']) },
      ),
    ).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'topics.0', message: '只能订阅本人留言或申请的答复提醒' }],
    });
    expect(subscriptions.changes).toEqual([]);
  });

  test('anyone may follow an existing concern; an unknown one is refused by name', async () => {
    const { deps, subscriptions } = setup();
    const unknown = testId(3);

    const refused = subscribe(deps, RESIDENT, {
      topics: [`concern:${unknown}`],
      results: answers(['TPL_POLICY_RELEASE', 'accept']),
    });
    await expect(refused).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'topics.0', message: '该关切事项不存在' }],
    });
    const outcome = await subscribe(deps, RESIDENT, {
      topics: [`concern:${CONCERN}`],
      results: answers(['TPL_POLICY_RELEASE', 'accept']),
    });

    expect(outcome.subscribed.map((view) => [view.topic, view.label, view.kind])).toEqual([
      [`concern:${CONCERN}`, '关切事项进展', 'release'],
    ]);
    expect(subscriptions.changes).toHaveLength(1);
  });

  test("a staff member's reminders are theirs alone, and come on the reminder template", async () => {
    const { deps, subscriptions } = setup();

    const refused = subscribe(deps, RESIDENT, {
      topics: ['staff:u-responder'],
      results: answers(['TPL_STAFF_REMINDER', 'accept']),
    });
    await expect(refused).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'topics.0', message: '只能订阅本人的工作提醒' }],
    });
    const outcome = await subscribe(
      deps,
      { userId: 'u-responder', roles: ['responder'] },
      {
        topics: ['staff:u-responder'],
        results: answers(['TPL_STAFF_REMINDER', 'accept']),
      },
    );

    expect(outcome.subscribed.map((view) => [view.topic, view.label, view.kind])).toEqual([
      ['staff:u-responder', '工作提醒', 'reminder'],
    ]);
    expect(subscriptions.changes).toHaveLength(1);
  });

  test("an office topic names one of the bureau's offices: an added one is offered and named, an unknown one refused", async () => {
    const { deps } = setup();
    const offices = [...profileOffices(undefined), { id: 'fire', name: '消防大队' }];
    deps.offices = async () => offices;

    const refused = subscribe(deps, RESIDENT, {
      topics: ['office:fire', 'office:mars'],
      results: answers(['TPL_POLICY_RELEASE', 'accept']),
    });
    await expect(refused).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'topics.1', message: '科室「mars」不存在' }],
    });
    const outcome = await subscribe(deps, RESIDENT, {
      topics: ['office:fire'],
      results: answers(['TPL_POLICY_RELEASE', 'accept']),
    });
    expect(outcome.subscribed.map((view) => view.label)).toEqual(['消防大队']);
    const options = subscriptionOptions(deps.templates, offices);
    expect(options.topics.filter((t) => t.group === 'office').at(-1)).toEqual({
      topic: 'office:fire',
      label: '消防大队',
      group: 'office',
    });
  });

  test('a topic is built-in or one staff added: an added one is offered and named, one never added refused', async () => {
    const { deps } = setup();
    const fire = { key: customTopicKey('消防'), label: '消防', custom: true };
    deps.topics = { listCustom: async () => [fire] };

    const refused = subscribe(deps, RESIDENT, {
      topics: ['topic:household', `topic:${customTopicKey('水电')}`],
      results: answers(['TPL_POLICY_RELEASE', 'accept']),
    });
    await expect(refused).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'topics.1', message: '该主题不存在' }],
    });
    const outcome = await subscribe(deps, RESIDENT, {
      topics: ['topic:household', `topic:${fire.key}`],
      results: answers(['TPL_POLICY_RELEASE', 'accept']),
    });
    expect(outcome.subscribed.map((view) => view.label)).toEqual(['户籍管理', '消防']);
    const options = subscriptionOptions(deps.templates, profileOffices(undefined), [
      ...BUILT_IN_TOPICS,
      fire,
    ]);
    const topics = options.topics.filter((t) => t.group === 'topic');
    expect(topics).toHaveLength(BUILT_IN_TOPICS.length + 1);
    expect(topics[0]).toEqual({ topic: 'topic:transparency', label: '政务公开', group: 'topic' });
    expect(topics.at(-1)).toEqual({ topic: `topic:${fire.key}`, label: '消防', group: 'topic' });
  });

  test('cancelling names a bad topic (encoded or not) as a 400, an unsubscribed one as a 404', async () => {
    const { deps } = setup();

    await expect(cancelSubscription(deps, RESIDENT, 'office%3AMars')).rejects.toMatchObject({
      status: 400,
      fields: [{ field: 'topic', message: '没有这项订阅内容' }],
    });
    await expect(cancelSubscription(deps, RESIDENT, 'office%3Atraffic')).rejects.toMatchObject({
      status: 404,
    });
  });
});
