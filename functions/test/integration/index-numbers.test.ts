import { chinaClock, type BureauProfile, type ContentDraft } from '@sunshine/shared';
import { DynamoBureauStore } from '../../src/adapters/dynamo/bureau-store';
import { createDocumentClient } from '../../src/adapters/dynamo/client';
import { DynamoWorkflowStore } from '../../src/adapters/dynamo/workflow-store';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { actorRef, type StaffActor } from '../../src/domain/identity/actor';
import type { WorkflowDeps } from '../../src/domain/workflow/deps';
import { numberEarlierItems } from '../../src/domain/workflow/index-number';
import { publishItem } from '../../src/domain/workflow/review';
import { StaleWriteError } from '../../src/ports/stale-write';
import type { WorkflowItem } from '../../src/ports/workflow-store';
import { aDocumentDraft, aDraft, aNoticeDraft, aQaDraft } from '../support/drafts';
import { createTestApp } from './support/app';
import { recordCommands } from './support/table';

/**
 * 索引号: given at the first publication, in the bureau's form, gapless per year and never reused,
 * under concurrent publishing too; kept by a republish; carried wherever the item is shown.
 */
const CODE = '11341702486344515H';
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
let workflow: DynamoWorkflowStore;
let bureau: DynamoBureauStore;

const PROFILE: BureauProfile & { updatedAt: string } = {
  name: '长治市公安局上党分局',
  creditCode: CODE,
  indexFormat: '{creditCode}/{year}-{seq}',
  offices: [],
  disclosureOffice: {
    name: '政务公开办公室',
    address: '上党区某路 1 号',
    postcode: '047100',
    hours: '工作日 9:00-17:00',
    phone: '0355-0000000',
    fax: '0355-0000001',
    online: 'gk@example.cn',
  },
  remedies: { reviewOrgan: '长治市公安局', court: '上党区人民法院' },
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const REVIEWER: StaffActor = { userId: 'u-reviewer', displayName: '李审核', roles: ['reviewer'] };
const EDITOR: StaffActor = { userId: 'u-editor', displayName: '张编辑', roles: ['editor'] };

beforeAll(async () => {
  app = await createTestApp('index-numbers', { PUBLIC_WEB_URL: 'https://gov.example.cn' });
  editor = await app.addStaff('u-editor', ['editor']);
  reviewer = await app.addStaff('u-reviewer', ['reviewer']);
  workflow = new DynamoWorkflowStore(app.table.client, app.table.tableName);
  bureau = new DynamoBureauStore(app.table.client, app.table.tableName);
  await bureau.save(PROFILE, undefined, {
    id: ulidIds().next(),
    at: PROFILE.updatedAt,
    actorId: 'u-admin',
    actorName: '陈管理',
    roles: ['admin'],
    action: 'content.publish',
    summary: '保存本机关信息',
  });
});

afterAll(() => app.drop());

// --- through the routes, at today's date -------------------------------------------------------

const thisYear = chinaClock(new Date()).year;

async function publishNew(draft: Parameters<typeof submitNew>[0]) {
  const id = await submitNew(draft);
  const published = await app.call('publishItem', {
    token: reviewer,
    pathParameters: { id },
    body: {},
  });
  expect(published.status).toBe(200);
  return id;
}

async function submitNew(
  draft:
    ReturnType<typeof aDraft> | ReturnType<typeof aDocumentDraft> | ReturnType<typeof aNoticeDraft>,
) {
  const id = (await app.call('createDraft', { token: editor, body: draft })).body.data.id as string;
  await app.call('submitForReview', { token: editor, pathParameters: { id } });
  return id;
}

const publicItem = async (id: string) =>
  (await app.call('getContent', { pathParameters: { id } })).body.data.item;

describe('through the routes', () => {
  let first: string;
  let second: string;

  beforeAll(async () => {
    first = await publishNew(aDocumentDraft({ title: '关于规范户籍窗口服务的通知' }));
    second = await publishNew(aDraft({ title: '户籍窗口服务解读' }));
  }, 30_000);

  test('a first publication takes the year’s next number in the bureau’s form, and the public read carries it', async () => {
    expect((await publicItem(first)).indexNumber).toBe(`${CODE}/${thisYear}-00001`);
    expect((await publicItem(second)).indexNumber).toBe(`${CODE}/${thisYear}-00002`);
    const staffView = await app.call('getWorkflowItem', {
      token: reviewer,
      pathParameters: { id: second },
    });
    expect(staffView.body.data.indexNumber).toBe(`${CODE}/${thisYear}-00002`);
  });

  test('the catalogue lists each item with its number', async () => {
    const list = await app.call('listContent', { query: { kind: 'document', limit: '50' } });

    expect(list.body.data.items).toEqual([
      expect.objectContaining({ id: first, indexNumber: `${CODE}/${thisYear}-00001` }),
    ]);
  });

  test('a new version and a republish after withdrawal keep the number', async () => {
    // Three publications and a withdrawal through the routes.
    const id = await publishNew(aNoticeDraft({ title: '节前交通管制通告' }));
    const number = (await publicItem(id)).indexNumber as string;
    expect(number).toMatch(new RegExp(`^${CODE}/${thisYear}-\\d{5}$`));

    await app.call('updateDraft', {
      token: editor,
      pathParameters: { id },
      body: aNoticeDraft({ title: '节前交通管制通告（更新）' }),
    });
    await app.call('submitForReview', { token: editor, pathParameters: { id } });
    await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });
    expect(await publicItem(id)).toMatchObject({
      title: '节前交通管制通告（更新）',
      indexNumber: number,
    });

    await app.call('withdrawItem', {
      token: reviewer,
      pathParameters: { id },
      body: { reason: '内容有误' },
    });
    await app.call('updateDraft', {
      token: editor,
      pathParameters: { id },
      body: aNoticeDraft({ title: '节前交通管制通告（更正）' }),
    });
    await app.call('submitForReview', { token: editor, pathParameters: { id } });
    await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} });
    expect(await publicItem(id)).toMatchObject({
      title: '节前交通管制通告（更正）',
      indexNumber: number,
    });
  }, 30_000);

  test('open data rows and their CSV carry the number', async () => {
    const json = await app.call('getOpenData', { pathParameters: { dataset: 'documents' } });
    expect(json.body.data.items).toEqual([
      expect.objectContaining({ id: first, indexNumber: `${CODE}/${thisYear}-00001` }),
    ]);

    const csv = await app.call('getOpenData', {
      pathParameters: { dataset: 'documents' },
      query: { format: 'csv' },
    });
    const [header, row] = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header!.split(',')[1]).toBe('索引号');
    expect(row!.split(',')[1]).toBe(`${CODE}/${thisYear}-00001`);
  });

  test('the Atom feed carries each entry’s number', async () => {
    const feed = await app.call('releasesFeed');

    const entry = feed.text.split('<entry>').find((part) => part.includes(first));
    expect(entry).toContain(`<dc:identifier>${CODE}/${thisYear}-00001</dc:identifier>`);
    expect(feed.text).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
  });

  test('typing a number, or its year-seq tail, finds that item first', async () => {
    const whole = await app.call('search', { query: { q: `${CODE}/${thisYear}-00002` } });
    expect(whole.body.data.hits[0]).toMatchObject({ id: second });

    const tail = await app.call('search', {
      query: { q: `${thisYear}-00001`, type: 'document' },
    });
    expect(tail.body.data.hits[0]).toMatchObject({ id: first });

    const lowerCase = await app.call('search', {
      query: { q: `${CODE.toLowerCase()}/${thisYear}-00001` },
    });
    expect(lowerCase.body.data.hits[0]).toMatchObject({ id: first });
  });
});

// --- through the use case, at chosen dates (years of their own, apart from the routes') ---------

/** A clock a test moves; the use case reads it for the year of first publication. */
const clockAt = (iso: string) => {
  const clock = { at: new Date(iso), now: () => clock.at };
  return clock;
};

function depsWith(
  clock: { now(): Date },
  store: WorkflowDeps['workflow'] = workflow,
): WorkflowDeps {
  return { clock, ids: ulidIds(), workflow: store, bureau };
}

/** An item waiting for review, written straight to the table. */
async function inReview(title: string, at: string): Promise<string> {
  const id = ulidIds().next();
  const item: WorkflowItem = {
    id,
    status: 'in_review',
    draft: aNoticeDraft({ title }),
    editors: [actorRef(EDITOR)],
    owner: actorRef(EDITOR),
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
    publishedVersion: 0,
    rev: 1,
  };
  await workflow.save(item, {
    id: ulidIds().next(),
    at,
    actorId: EDITOR.userId,
    actorName: EDITOR.displayName,
    roles: ['editor'],
    action: 'content.submit',
    itemType: 'notice',
    itemId: id,
    summary: `提交「${title}」`,
  });
  return id;
}

const seqOf = (number: string | undefined) => Number(number?.split('-').pop());

test('eight publishes started at once take 00001 to 00008 of their year, each once', async () => {
  const clock = clockAt('2030-06-01T02:00:00.000Z');
  const ids = await Promise.all(
    Array.from({ length: 8 }, (_, n) => inReview(`并发发布 ${n}`, clock.at.toISOString())),
  );
  // A client of the race's own, counting its transactions: more than eight proves they clashed.
  const client = createDocumentClient({ endpoint: app.table.endpoint });
  const sent = recordCommands(client);
  const racing = new DynamoWorkflowStore(client, app.table.tableName);

  const views = await Promise.all(
    ids.map((id) => publishItem(depsWith(clock, racing), REVIEWER, id)),
  );
  client.destroy();

  expect(sent.filter((command) => command === 'TransactWriteItemsCommand').length).toBeGreaterThan(
    8,
  );
  const numbers = views.map((view) => view.indexNumber);
  expect(numbers.every((number) => number?.startsWith(`${CODE}/2030-`))).toBe(true);
  expect(numbers.map(seqOf).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  for (const [n, id] of ids.entries())
    expect((await workflow.get(id))?.indexNumber).toBe(numbers[n]);
}, 30_000); // eight transactions taking turns, on a shared machine

test('a publish that fails (stale) takes no number: the next one gets the following number', async () => {
  const clock = clockAt('2031-03-01T02:00:00.000Z');
  const before = await inReview('先发布的通告', clock.at.toISOString());
  expect((await publishItem(depsWith(clock), REVIEWER, before)).indexNumber).toBe(
    `${CODE}/2031-00001`,
  );
  const stale = await inReview('被他人改动的通告', clock.at.toISOString());
  const readEarlier = (await workflow.get(stale))!;
  // Another reviewer changes it after our read: our publish is written over a revision gone.
  await workflow.save(
    { ...readEarlier, rev: readEarlier.rev + 1 },
    {
      id: ulidIds().next(),
      at: clock.at.toISOString(),
      actorId: 'u-other',
      actorName: '王审核',
      roles: ['reviewer'],
      action: 'content.submit',
      itemType: 'notice',
      itemId: stale,
      summary: '改动',
    },
  );
  const staleStore = Object.assign(Object.create(workflow) as DynamoWorkflowStore, {
    get: async () => readEarlier,
  });

  await expect(publishItem(depsWith(clock, staleStore), REVIEWER, stale)).rejects.toBeInstanceOf(
    StaleWriteError,
  );

  const after = await inReview('后发布的通告', clock.at.toISOString());
  expect((await publishItem(depsWith(clock), REVIEWER, after)).indexNumber).toBe(
    `${CODE}/2031-00002`,
  );
  expect((await workflow.get(stale))?.indexNumber).toBeUndefined();
});

test('the first publication of a new year, China time, starts again at 00001', async () => {
  const clock = clockAt('2032-12-31T15:59:59.000Z'); // 23:59:59 on 31 December in China
  const late = await inReview('年末最后一条', clock.at.toISOString());
  expect((await publishItem(depsWith(clock), REVIEWER, late)).indexNumber).toBe(
    `${CODE}/2032-00001`,
  );

  clock.at = new Date('2032-12-31T16:00:00.000Z'); // 00:00 on 1 January 2033 in China
  const early = await inReview('新年第一条', clock.at.toISOString());

  expect((await publishItem(depsWith(clock), REVIEWER, early)).indexNumber).toBe(
    `${CODE}/2033-00001`,
  );
});

test('without a saved profile the number leaves out the credit code, and the sequence runs on', async () => {
  const clock = clockAt('2034-05-01T02:00:00.000Z');
  const id = await inReview('尚未填写信用代码时发布', clock.at.toISOString());

  const view = await publishItem({ ...depsWith(clock), bureau: undefined }, REVIEWER, id);

  expect(view.indexNumber).toBe('2034-00001');
});

describe('numbering the items published before numbering (the backfill)', () => {
  /** An item as published before this change: no 索引号 anywhere, through the store's publish. */
  async function publishedEarlier(
    title: string,
    publishedAt: string,
    draft: ContentDraft = aNoticeDraft({ title }),
  ) {
    const id = ulidIds().next();
    const item: WorkflowItem = {
      id,
      status: 'published',
      draft,
      editors: [],
      owner: actorRef(EDITOR),
      createdAt: publishedAt,
      updatedAt: publishedAt,
      publishedVersion: 1,
      publishedAt,
      rev: 1,
    };
    await workflow.publish(
      item,
      {
        version: 1,
        publishedAt,
        publishedBy: actorRef(REVIEWER),
        content: { id, ...draft, publishedAt, updatedAt: publishedAt, demo: false },
      },
      {
        id: ulidIds().next(),
        at: publishedAt,
        actorId: REVIEWER.userId,
        actorName: REVIEWER.displayName,
        roles: ['reviewer'],
        action: 'content.publish',
        itemType: draft.kind,
        itemId: id,
        summary: `发布「${title}」`,
      },
    );
    return id;
  }

  test('gives them numbers in order of first publication, per year of it, gapless, and the public copy and search carry them', async () => {
    // Written out of order; 2035 and 2036 are years of their own in this table.
    const secondOf2035 = await publishedEarlier('二〇三五年第二条', '2035-08-01T02:00:00.000Z');
    const firstOf2036 = await publishedEarlier('二〇三六年第一条', '2035-12-31T16:30:00.000Z');
    const firstOf2035 = await publishedEarlier('二〇三五年第一条', '2035-02-01T02:00:00.000Z');
    const withheld = await publishedEarlier(
      '二〇三五年不予公开的文件',
      '2035-09-01T02:00:00.000Z',
      aDocumentDraft({ title: '二〇三五年不予公开的文件', disclosure: 'not_disclosed' }),
    );
    const warm = await app.call('search', { query: { q: '二〇三五年第一条' } });
    expect(warm.body.data.hits[0]).toMatchObject({ id: firstOf2035 });

    const result = await numberEarlierItems({ workflow, bureau });

    expect(result.numbered).toBe(4);
    expect((await workflow.get(firstOf2035))?.indexNumber).toBe(`${CODE}/2035-00001`);
    expect((await workflow.get(secondOf2035))?.indexNumber).toBe(`${CODE}/2035-00002`);
    expect((await workflow.get(withheld))?.indexNumber).toBe(`${CODE}/2035-00003`);
    expect((await workflow.get(firstOf2036))?.indexNumber).toBe(`${CODE}/2036-00001`);
    expect(await publicItem(firstOf2035)).toMatchObject({ indexNumber: `${CODE}/2035-00001` });
    const list = await app.call('listContent', { query: { kind: 'notice', limit: '50' } });
    expect(list.body.data.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: firstOf2036, indexNumber: `${CODE}/2036-00001` }),
      ]),
    );
    // A warm search index learns of the numbers too.
    const found = await app.call('search', { query: { q: '2035-00002' } });
    expect(found.body.data.hits[0]).toMatchObject({ id: secondOf2035 });

    // Run again, it finds nothing left to number; a new item of 2035 follows on.
    expect((await numberEarlierItems({ workflow, bureau })).numbered).toBe(0);
    const later = await inReview('二〇三五年之后发布的', '2035-10-01T02:00:00.000Z');
    expect(
      (await publishItem(depsWith(clockAt('2035-10-01T02:00:00.000Z')), REVIEWER, later))
        .indexNumber,
    ).toBe(`${CODE}/2035-00004`);
  }, 30_000);

  test('a backfilled number shows on the cards of it that other items hold, both ways', async () => {
    const document = await publishedEarlier(
      '二〇三七年的文件',
      '2037-03-01T02:00:00.000Z',
      aDocumentDraft({ title: '二〇三七年的文件' }),
    );
    const answer = await publishedEarlier(
      '二〇三七年的问答',
      '2037-04-01T02:00:00.000Z',
      aQaDraft({ title: '二〇三七年的问答', documentIds: [document] }),
    );

    expect((await numberEarlierItems({ workflow, bureau })).numbered).toBe(2);

    const answerView = (await app.call('getContent', { pathParameters: { id: answer } })).body.data;
    expect(answerView.documents).toEqual([
      expect.objectContaining({ id: document, indexNumber: `${CODE}/2037-00001` }),
    ]);
    const documentView = (await app.call('getContent', { pathParameters: { id: document } })).body
      .data;
    expect(documentView.related).toEqual([
      expect.objectContaining({ id: answer, indexNumber: `${CODE}/2037-00002` }),
    ]);
  });
});
