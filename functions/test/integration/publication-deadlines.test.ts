import { chinaDate, type ContentDraft } from '@sunshine/shared';
import { DynamoCalendarStore } from '../../src/adapters/dynamo/calendar-store';
import { DynamoLatePublications } from '../../src/adapters/dynamo/late-publications';
import { DynamoWorkflowStore } from '../../src/adapters/dynamo/workflow-store';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { actorRef, type StaffActor } from '../../src/domain/identity/actor';
import type { WorkflowDeps } from '../../src/domain/workflow/deps';
import { listPublicationDeadlines } from '../../src/domain/workflow/publication-deadline';
import { publishItem } from '../../src/domain/workflow/review';
import type { WorkflowItem } from '../../src/ports/workflow-store';
import { aDocumentDraft, aNoticeDraft } from '../support/drafts';
import { createTestApp } from './support/app';

/**
 * Art. 26's 20 working days: the dashboard lists drafts whose deadline is near or past, and a
 * first publication after its deadline is recorded for the annual report. Dates in 2031, whose
 * calendar this suite enters: 10 March 2031 (a Monday) is a holiday.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let workflow: DynamoWorkflowStore;
let calendars: DynamoCalendarStore;
let late: DynamoLatePublications;

const REVIEWER: StaffActor = { userId: 'u-reviewer', displayName: '李审核', roles: ['reviewer'] };
const EDITOR: StaffActor = { userId: 'u-editor', displayName: '张编辑', roles: ['editor'] };

beforeAll(async () => {
  app = await createTestApp('publication-deadlines');
  workflow = new DynamoWorkflowStore(app.table.client, app.table.tableName);
  calendars = new DynamoCalendarStore(app.table.client, app.table.tableName);
  late = new DynamoLatePublications(app.table.client, app.table.tableName);
  await calendars.put({ year: 2031, holidays: ['2031-03-10'], workdays: [] }, undefined);
  await calendars.put({ year: 2032, holidays: [], workdays: [] }, undefined);
});

afterAll(() => app.drop());

const clockAt = (iso: string) => ({ now: () => new Date(iso) });
const depsAt = (iso: string): WorkflowDeps => ({
  clock: clockAt(iso),
  ids: ulidIds(),
  workflow,
  calendars,
});

/** An item in a workflow state, written straight to the table. */
async function stored(draft: ContentDraft, overrides: Partial<WorkflowItem> = {}): Promise<string> {
  const id = ulidIds().next();
  const at = '2031-01-02T02:00:00.000Z';
  await workflow.save(
    {
      id,
      status: 'in_review',
      draft,
      editors: [actorRef(EDITOR)],
      owner: actorRef(EDITOR),
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      publishedVersion: 0,
      rev: 1,
      ...overrides,
    },
    {
      id: ulidIds().next(),
      at,
      actorId: EDITOR.userId,
      actorName: EDITOR.displayName,
      roles: ['editor'],
      action: 'content.submit',
      itemType: draft.kind,
      itemId: id,
      summary: '提交',
    },
  );
  return id;
}

describe('the dashboard’s 公开时限 on 1 April 2031', () => {
  const today = '2031-04-01T02:00:00.000Z';
  let overdue: string;
  let near: string;

  beforeAll(async () => {
    overdue = await stored(aNoticeDraft({ title: '已超期', madeOn: '2031-02-20' }), {
      status: 'draft',
    });
    // Friday 7 March: 20 working days skip the holiday on the 10th and end after a weekend.
    near = await stored(aNoticeDraft({ title: '即将到期', madeOn: '2031-03-07' }));
    await stored(aNoticeDraft({ title: '尚早', madeOn: '2031-03-25' }), { status: 'returned' });
    await stored(aNoticeDraft({ title: '旧稿无日期' }));
    await stored(
      aDocumentDraft({
        title: '不予公开的文件',
        issuedAt: '2031-01-05',
        disclosure: 'not_disclosed',
        withholding: { ground: 'internal_affairs', basis: '第十六条' },
      }),
    );
    // A new version of an item published before: its first publication is behind it.
    await stored(aNoticeDraft({ title: '已发布过', madeOn: '2031-01-05' }), {
      status: 'draft',
      publishedVersion: 1,
      publishedAt: '2031-01-06T02:00:00.000Z',
    });
  });

  test('lists what is past its deadline first, then what is due within five working days, nothing else', async () => {
    const list = await listPublicationDeadlines({
      workflow,
      calendars,
      clock: clockAt(today),
    });

    expect(list).toEqual([
      {
        id: overdue,
        kind: 'notice',
        title: '已超期',
        status: 'draft',
        madeOn: '2031-02-20',
        dueOn: '2031-03-21',
        approximate: false,
        overdue: true,
        workingDaysLeft: 0,
      },
      {
        id: near,
        kind: 'notice',
        title: '即将到期',
        status: 'in_review',
        madeOn: '2031-03-07',
        dueOn: '2031-04-07',
        approximate: false,
        overdue: false,
        workingDaysLeft: 4,
      },
    ]);
  });

  test('counts on weekends only, marked approximate, where a year’s calendar is missing', async () => {
    const app2040 = await stored(aNoticeDraft({ title: '无日历年份', madeOn: '2040-03-01' }));

    const list = await listPublicationDeadlines({
      workflow,
      calendars,
      clock: clockAt('2040-03-28T02:00:00.000Z'),
    });

    expect(list.find((entry) => entry.id === app2040)).toMatchObject({
      dueOn: '2040-03-29',
      approximate: true,
      overdue: false,
      workingDaysLeft: 1,
    });
  });
});

describe('a first publication against its deadline', () => {
  test('on the last day (China time) is on time; half an hour past midnight is late and recorded once', async () => {
    const onTime = await stored(aNoticeDraft({ title: '按时发布', madeOn: '2031-03-07' }));
    const tooLate = await stored(aNoticeDraft({ title: '逾期发布', madeOn: '2031-03-07' }));

    // 23:00 on Monday 7 April in China; then 00:30 on the 8th.
    await publishItem(depsAt('2031-04-07T15:00:00.000Z'), REVIEWER, onTime);
    await publishItem(depsAt('2031-04-07T16:30:00.000Z'), REVIEWER, tooLate);

    expect(await late.listLatePublications(2031)).toEqual([
      { id: tooLate, title: '逾期发布', madeOn: '2031-03-07', publishedOn: '2031-04-08' },
    ]);
    expect(await late.listLatePublications(2030)).toEqual([]);
  });

  test('a later version of a late item is not counted again', async () => {
    const id = await stored(aNoticeDraft({ title: '再次发布', madeOn: '2031-05-05' }));
    await publishItem(depsAt('2031-07-01T02:00:00.000Z'), REVIEWER, id);
    const before = (await late.listLatePublications(2031)).length;
    const published = (await workflow.get(id))!;
    await workflow.save(
      { ...published, status: 'in_review', editors: [actorRef(EDITOR)], rev: published.rev + 1 },
      {
        id: ulidIds().next(),
        at: '2031-07-02T02:00:00.000Z',
        actorId: EDITOR.userId,
        actorName: EDITOR.displayName,
        roles: ['editor'],
        action: 'content.submit',
        itemType: 'notice',
        itemId: id,
        summary: '提交',
      },
    );

    await publishItem(depsAt('2031-07-03T02:00:00.000Z'), REVIEWER, id);

    expect((await late.listLatePublications(2031)).length).toBe(before);
    expect(await late.listLatePublications(2031)).toContainEqual(
      expect.objectContaining({ id, publishedOn: '2031-07-01' }),
    );
  });

  test('a withheld document has no deadline and is never late', async () => {
    const id = await stored(
      aDocumentDraft({
        title: '内部文件',
        issuedAt: '2031-01-05',
        disclosure: 'on_application',
        withholding: { ground: 'process_information', basis: '第十六条第二款' },
      }),
    );

    await publishItem(depsAt('2031-09-01T02:00:00.000Z'), REVIEWER, id);

    expect((await late.listLatePublications(2031)).map((entry) => entry.id)).not.toContain(id);
  });
});

describe('GET /v1/staff/publication-deadlines', () => {
  test('answers editors with the list, and refuses a responder', async () => {
    const editor = await app.addStaff('u-editor', ['editor']);
    const responder = await app.addStaff('u-responder', ['responder']);
    const id = (
      await app.call('createDraft', {
        token: editor,
        body: aNoticeDraft({
          title: '今天之前两个月形成的信息',
          madeOn: chinaDate(new Date(Date.now() - 60 * 86_400_000)),
        }),
      })
    ).body.data.id as string;

    const answer = await app.call('listPublicationDeadlines', { token: editor });
    const refused = await app.call('listPublicationDeadlines', { token: responder });

    expect(answer.status).toBe(200);
    expect(answer.body.data).toContainEqual(expect.objectContaining({ id, overdue: true }));
    expect(refused.status).toBe(403);
  });
});

describe('a stored draft with a date the form no longer accepts', () => {
  // Saved before dates were held to 1949-2099 and to today: none may break the list or publishing.
  const odd = ['9999-12-31', '2205-03-01', '2026-02-32', '2026-02-30', '0001-01-01'];

  test('is left out of the list, which answers 200 without reading far-off calendars', async () => {
    const editor = await app.addStaff('u-editor-odd', ['editor']);
    const ids = await Promise.all(
      odd.map((madeOn) =>
        stored(aNoticeDraft({ title: `日期 ${madeOn}`, madeOn }), { status: 'draft' }),
      ),
    );
    const yearsRead: number[] = [];
    const counted = {
      get: (year: number) => {
        yearsRead.push(year);
        return calendars.get(year);
      },
    };

    const answer = await app.call('listPublicationDeadlines', { token: editor });
    const list = await listPublicationDeadlines({
      workflow,
      calendars: counted,
      clock: clockAt('2031-04-01T02:00:00.000Z'),
    });

    expect(answer.status).toBe(200);
    expect(answer.body.data.filter((entry: { id: string }) => ids.includes(entry.id))).toEqual([]);
    expect(list.map((entry) => entry.id).filter((id) => ids.includes(id))).toEqual([]);
    expect(yearsRead.filter((year) => year > 2099 || year < 1949)).toEqual([]);
  });

  test('is published, and not recorded as late', async () => {
    const ids = await Promise.all(
      odd.map((madeOn) => stored(aNoticeDraft({ title: `发布 ${madeOn}`, madeOn }))),
    );

    for (const id of ids)
      await expect(
        publishItem(depsAt('2031-10-01T02:00:00.000Z'), REVIEWER, id),
      ).resolves.toBeDefined();

    const recorded = (await late.listLatePublications(2031)).map((entry) => entry.id);
    expect(recorded.filter((id) => ids.includes(id))).toEqual([]);
  });
});
