import { WITHHOLDING_GROUND_RULES, type WithholdingGround } from '@sunshine/shared';
import { createDocumentClient } from '../../src/adapters/dynamo/client';
import { DynamoNegativeListStore } from '../../src/adapters/dynamo/negative-list-store';
import { DynamoWorkflowStore } from '../../src/adapters/dynamo/workflow-store';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { getNegativeList } from '../../src/domain/negative-list/negative-list';
import { systemClock } from '../../src/ports/clock';
import { DEMO_DOCUMENTS } from '../../src/seed/demo-documents';
import { DEMO_NEGATIVE_LIST_REVIEW, seedDemoNegativeList } from '../../src/seed/demo-negative-list';
import { seedDemoContent } from '../../src/seed/seed-demo';
import { aDocumentDraft, aNoticeDraft } from '../support/drafts';
import { createTestApp } from './support/app';
import { createSuiteTable, recordCommands } from './support/table';

/**
 * The negative list (负面清单): how many documents of the library are withheld under each ground,
 * kept exact by the publications and withdrawals that change it, read by residents in one request
 * without a title or id; and its yearly review, recorded by an admin.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
let admin: string;

beforeAll(async () => {
  app = await createTestApp('negative-list');
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
  admin = await app.addStaff('u-admin', ['admin']);
});

afterAll(() => app.drop());

const withheld = (ground: WithholdingGround, title: string) =>
  aDocumentDraft({
    title,
    disclosure: 'not_disclosed',
    withholding: { ground, basis: WITHHOLDING_GROUND_RULES[ground].basis },
  });

async function publish(draft: object, id?: string): Promise<string> {
  const itemId =
    id ?? ((await app.call('createDraft', { token: editor, body: draft })).body.data.id as string);
  if (id) await app.call('updateDraft', { token: editor, pathParameters: { id }, body: draft });
  await app.call('submitForReview', { token: editor, pathParameters: { id: itemId } });
  const published = await app.call('publishItem', {
    token: reviewer,
    pathParameters: { id: itemId },
    body: {},
  });
  expect(published.status).toBe(200);
  return itemId;
}

const counts = async () => {
  const answer = await app.call('getNegativeList');
  expect(answer.status).toBe(200);
  return Object.fromEntries(
    (answer.body.data.grounds as Array<{ ground: string; count: number }>).map((entry) => [
      entry.ground,
      entry.count,
    ]),
  );
};

describe('the counts', () => {
  test('list all eight grounds with label and basis, each at 0 before anything is withheld', async () => {
    const answer = await app.call('getNegativeList');

    expect(answer.body.data).toEqual({
      grounds: Object.entries(WITHHOLDING_GROUND_RULES).map(([ground, rule]) => ({
        ground,
        label: rule.label,
        basis: rule.basis,
        count: 0,
      })),
    });
  });

  test('follow publications, a change of ground, a document made public and a withdrawal, exactly', async () => {
    const first = await publish(withheld('internal_affairs', '内部事务一'));
    await publish(withheld('internal_affairs', '内部事务二'));
    const third = await publish(withheld('third_party', '第三方'));
    // Drafts and proactive documents count nowhere.
    await app.call('createDraft', { token: editor, body: withheld('state_secret', '草稿') });
    await publish(aDocumentDraft({ title: '公开文件' }));
    await publish(aNoticeDraft());
    expect(await counts()).toMatchObject({ internal_affairs: 2, third_party: 1, state_secret: 0 });

    // The same ground again moves nothing; another ground moves one across.
    await publish(withheld('internal_affairs', '内部事务一（修订）'), first);
    await publish(withheld('process_information', '第三方改为过程性信息'), third);
    expect(await counts()).toMatchObject({
      internal_affairs: 2,
      third_party: 0,
      process_information: 1,
    });

    // Made public, or withdrawn: it leaves the list.
    await publish(aDocumentDraft({ title: '内部事务一（公开）' }), first);
    await app.call('withdrawItem', {
      token: reviewer,
      pathParameters: { id: third },
      body: { reason: '已失效' },
    });
    expect(await counts()).toMatchObject({ internal_affairs: 1, process_information: 0 });
  }, 60_000);

  test('stay exact when four reviewers publish withheld documents at the same moment', async () => {
    const ids = await Promise.all(
      [1, 2, 3, 4].map(async (n) => {
        const id = (
          await app.call('createDraft', {
            token: editor,
            body: withheld('enforcement_file', `执法案卷 ${n}`),
          })
        ).body.data.id as string;
        await app.call('submitForReview', { token: editor, pathParameters: { id } });
        return id;
      }),
    );

    const answers = await Promise.all(
      ids.map((id) =>
        app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} }),
      ),
    );

    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    expect((await counts()).enforcement_file).toBe(4);
  }, 60_000);

  test('are read in one DynamoDB request, and the answer names no document', async () => {
    const client = createDocumentClient({ endpoint: app.table.endpoint });
    const sent = recordCommands(client);

    const view = await getNegativeList(new DynamoNegativeListStore(client, app.table.tableName));
    client.destroy();

    expect(sent).toEqual(['GetItemCommand']);
    expect(JSON.stringify(view)).not.toMatch(/内部事务[一二]|第三方改为|0[0-9A-HJKMNP-TV-Z]{25}/);
  });
});

describe('the yearly review', () => {
  const review = (reviewedOn: string, note = '逐类复核，无调整') => ({ reviewedOn, note });

  test('an admin records one; the public list shows its date and the next due a year on', async () => {
    const recorded = await app.call('recordNegativeListReview', {
      token: admin,
      body: { ...review('2026-03-01'), remarks: { third_party: '本年无新增', state_secret: ' ' } },
    });

    expect(recorded.status).toBe(200);
    expect(recorded.body.data.reviews).toEqual([
      expect.objectContaining({
        reviewedOn: '2026-03-01',
        note: '逐类复核，无调整',
        remarks: { third_party: '本年无新增' },
      }),
    ]);
    const list = (await app.call('getNegativeList')).body.data;
    expect(list).toMatchObject({ lastReviewedOn: '2026-03-01', nextReviewDueOn: '2027-03-01' });
    expect(JSON.stringify(list)).not.toContain('逐类复核');
  });

  test('staff read every review, newest first; an editor may not record one', async () => {
    await app.call('recordNegativeListReview', {
      token: admin,
      body: review('2026-04-01', '第二次'),
    });

    const staff = await app.call('getStaffNegativeList', { token: editor });
    const refused = await app.call('recordNegativeListReview', {
      token: editor,
      body: review('2026-05-01'),
    });

    expect(staff.body.data.reviews.map((each: { reviewedOn: string }) => each.reviewedOn)).toEqual([
      '2026-04-01',
      '2026-03-01',
    ]);
    expect(staff.body.data.nextReviewDueOn).toBe('2027-04-01');
    expect(refused.status).toBe(403);
  });

  test('refuses a date before the last review, or after today, in Chinese', async () => {
    const earlier = await app.call('recordNegativeListReview', {
      token: admin,
      body: review('2026-02-01'),
    });
    const future = await app.call('recordNegativeListReview', {
      token: admin,
      body: review('2099-01-01'),
    });

    expect(earlier.status).toBe(409);
    expect(earlier.body.error.message).toBe('已有更晚的复核记录，复核日期不能早于上次复核');
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toEqual([
      { field: 'reviewedOn', message: '复核日期不能晚于今天' },
    ]);
    const staff = await app.call('getStaffNegativeList', { token: admin });
    expect(staff.body.data.reviews).toHaveLength(2);
  });
});

describe('the demo seed', () => {
  test('counts its two withheld documents and records the first review, once however often it runs', async () => {
    const table = await createSuiteTable('negative-list-seed');
    const store = new DynamoNegativeListStore(table.client, table.tableName);
    const deps = {
      clock: systemClock,
      ids: ulidIds(),
      workflow: new DynamoWorkflowStore(table.client, table.tableName),
    };
    try {
      await seedDemoContent(deps, DEMO_DOCUMENTS);
      await seedDemoContent(deps, DEMO_DOCUMENTS);
      expect(await seedDemoNegativeList(store)).toBe(true);
      expect(await seedDemoNegativeList(store)).toBe(false);

      const view = await getNegativeList(store);
      expect(
        Object.fromEntries(view.grounds.filter((g) => g.count).map((g) => [g.ground, g.count])),
      ).toEqual({ security_stability: 1, process_information: 1 });
      expect(view).toMatchObject({
        lastReviewedOn: DEMO_NEGATIVE_LIST_REVIEW.reviewedOn,
        nextReviewDueOn: '2027-01-05',
      });
    } finally {
      await table.drop();
    }
  }, 30_000);
});
