import { chinaClock, OUTCOMES, type AnnualReportDraft } from '@sunshine/shared';
import { DynamoWorkflowStore } from '../../src/adapters/dynamo/workflow-store';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { actorRef } from '../../src/domain/identity/actor';
import type { StaffActor } from '../../src/domain/identity/actor';
import type { ReportSources } from '../../src/domain/report/deps';
import { createDraft, submitForReview, updateDraft } from '../../src/domain/workflow/edit-draft';
import type { WorkflowDeps } from '../../src/domain/workflow/deps';
import type { ApplicationForReport } from '../../src/ports/report-sources';
import { anAnnualReportDraft } from '../support/drafts';
import { createTestApp } from './support/app';

/**
 * 政府信息公开工作年度报告 through the review workflow: entered figures checked on save, the
 * figures taken when it is submitted, residents reading it, each table as CSV, a printable page;
 * staff see the live figures and what is behind each.
 */
let app: Awaited<ReturnType<typeof createTestApp>>;
let editor: string;
let reviewer: string;
let admin: string;
let responder: string;

const thisYear = chinaClock(new Date()).year;
const lastYear = thisYear - 1;

beforeAll(async () => {
  app = await createTestApp('annual-report');
  editor = await app.addStaff('u-editor', ['editor'], 'active', '张编辑');
  reviewer = await app.addStaff('u-reviewer', ['reviewer'], 'active', '李审核');
  admin = await app.addStaff('u-admin', ['admin'], 'active', '陈管理');
  responder = await app.addStaff('u-responder', ['responder']);
});

afterAll(() => app.drop());

const report = (overrides: Partial<AnnualReportDraft> = {}) =>
  anAnnualReportDraft({
    year: lastYear,
    title: `${lastYear}年政府信息公开工作年度报告`,
    ...overrides,
  });

describe('a report through the routes', () => {
  let id: string;

  test('a 总计 other than its parts is refused on save, naming the row', async () => {
    const bad = report();
    bad.inputs.remedies.review.total = 4;

    const response = await app.call('createDraft', { token: editor, body: bad });

    expect(response.status).toBe(400);
    expect(response.body.error.fields).toEqual([
      {
        field: 'inputs.remedies.review.total',
        message: '四、行政复议 总计 应等于各项之和（应为 5）',
      },
    ]);
  });

  test('a report of the year not yet over cannot go to review', async () => {
    const created = await app.call('createDraft', {
      token: editor,
      body: report({ year: thisYear }),
    });

    const submitted = await app.call('submitForReview', {
      token: editor,
      pathParameters: { id: created.body.data.id },
    });

    expect(submitted.status).toBe(400);
    expect(submitted.body.error.fields[0]).toEqual({
      field: 'year',
      message: `${thisYear}年度报告须在该年度结束后（${thisYear + 1}年1月1日起）提交审核`,
    });
  });

  test('staff see the year’s live figures and its report item; others may not', async () => {
    id = (await app.call('createDraft', { token: editor, body: report() })).body.data.id;

    const live = await app.call('getLiveReport', {
      token: admin,
      pathParameters: { year: String(lastYear) },
    });

    expect(live.status).toBe(200);
    expect(live.body.data).toMatchObject({
      year: lastYear,
      latePublications: 0,
      feesCharged: { count: 0, amount: 0 },
      item: { id, status: 'draft', inputs: report().inputs },
    });
    expect(live.body.data.suggestedTitle).toMatch(
      new RegExp(`${lastYear}年政府信息公开工作年度报告$`),
    );
    expect(live.body.data.computed.applications.received.total).toBe(0);
    expect(
      (
        await app.call('getLiveReport', {
          token: responder,
          pathParameters: { year: String(lastYear) },
        })
      ).status,
    ).toBe(403);
    expect(
      (await app.call('getLiveReport', { token: admin, pathParameters: { year: '20x5' } })).body
        .error.fields,
    ).toEqual([{ field: 'year', message: '年度须为四位数字' }]);
  });

  test('the records behind a figure; an unknown figure is refused', async () => {
    const records = await app.call('listReportCellRecords', {
      token: reviewer,
      pathParameters: { year: String(lastYear), cell: 'applications.disclosed.total' },
    });
    expect(records.body.data).toEqual({
      year: lastYear,
      cell: 'applications.disclosed.total',
      label: '三、本年度办理结果（一）予以公开 · 总计',
      records: [],
    });
    const unknown = await app.call('listReportCellRecords', {
      token: reviewer,
      pathParameters: { year: String(lastYear), cell: 'applications.nothing.total' },
    });
    expect(unknown.status).toBe(400);
  });

  test('submitted, it carries its figures; published, residents read it, as CSV and in print', async () => {
    const submitted = await app.call('submitForReview', { token: editor, pathParameters: { id } });
    expect(submitted.status).toBe(200);
    const staffView = await app.call('getWorkflowItem', {
      token: reviewer,
      pathParameters: { id },
    });
    expect(staffView.body.data.draft.tables).toMatchObject({
      decisions: { licensing: 1520, penalty: 312, coercion: 27 },
      applications: { outcome_total: { total: 0 } },
    });
    expect(
      (await app.call('publishItem', { token: reviewer, pathParameters: { id }, body: {} })).status,
    ).toBe(200);

    const item = (await app.call('getContent', { pathParameters: { id } })).body.data.item;
    expect(item).toMatchObject({ kind: 'annual_report', year: lastYear });
    expect(item.tables.remedies.review.total).toBe(5);

    const csv = await app.call('getReportTableCsv', {
      pathParameters: { id, table: 'remedies' },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.text.startsWith('\uFEFF类别,结果维持,结果纠正,其他结果,尚未审结,总计\r\n')).toBe(
      true,
    );
    expect(csv.text).toContain('行政复议,2,1,1,1,5');
    expect(
      (await app.call('getReportTableCsv', { pathParameters: { id, table: 'nothing' } })).status,
    ).toBe(400);

    const printable = await app.call('getReportPrintable', { pathParameters: { id } });
    expect(printable.status).toBe(200);
    expect(printable.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(printable.text).toContain(`<h1>${lastYear}年政府信息公开工作年度报告</h1>`);
    expect(printable.text).toContain('<h2>四、政府信息公开行政复议、行政诉讼情况</h2>');

    const catalogue = await app.call('listContent', {
      query: { kind: 'annual_report', limit: '50' },
    });
    expect(catalogue.body.data.items).toEqual([
      expect.objectContaining({ id, kind: 'annual_report', year: lastYear }),
    ]);
  });

  test('a second report of a year is refused, on create and by changing a year', async () => {
    const again = await app.call('createDraft', { token: editor, body: report() });

    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe(`${lastYear}年度报告已存在，请在原稿上修改`);
    const other = (
      await app.call('createDraft', { token: editor, body: report({ year: lastYear - 3 }) })
    ).body.data.id;
    const moved = await app.call('updateDraft', {
      token: editor,
      pathParameters: { id: other },
      body: report(),
    });
    expect(moved.status).toBe(409);
    expect(moved.body.error.message).toBe(`${lastYear}年度报告已存在，请在原稿上修改`);
    const kept = await app.call('updateDraft', {
      token: editor,
      pathParameters: { id: other },
      body: report({ year: lastYear - 3, title: '改了标题' }),
    });
    expect(kept.status).toBe(200);
  });

  test('a draft report, or another kind of item, has no CSV or printable page', async () => {
    const draft = (
      await app.call('createDraft', { token: editor, body: report({ year: lastYear - 2 }) })
    ).body.data.id;

    expect(
      (await app.call('getReportTableCsv', { pathParameters: { id: draft, table: 'rules' } }))
        .status,
    ).toBe(404);
    expect((await app.call('getReportPrintable', { pathParameters: { id: draft } })).status).toBe(
      404,
    );
  });
});

describe('the figures a report is submitted with', () => {
  // A year of its own: the routes above hold last year's report, and a year has one.
  const year = lastYear - 1;
  const EDITOR: StaffActor = { userId: 'u-editor', displayName: '张编辑', roles: ['editor'] };
  // The application source is being built elsewhere: a fake gives the use case its records.
  const applications: ApplicationForReport[] = [
    ...OUTCOMES.map((outcome, index) => ({
      id: `A${index}`,
      receivedOn: `${year}-03-01`,
      applicantCategory: 'natural_person' as const,
      endedOn: `${year}-03-20`,
      outcome,
    })),
    { id: 'OPEN', receivedOn: `${year}-12-30`, applicantCategory: 'commercial' },
  ];
  const sources: ReportSources = {
    applications: { listForReportYear: () => Promise.resolve(applications) },
    documents: { listCountedDocuments: () => Promise.resolve([]) },
    latePublications: {
      listLatePublications: () =>
        Promise.resolve([
          {
            id: 'L1',
            title: '迟发的通告',
            madeOn: `${year}-01-02`,
            publishedOn: `${year}-03-01`,
          },
        ]),
    },
  };

  test('are computed when it goes to review, each application counted once', async () => {
    const deps: WorkflowDeps = {
      clock: { now: () => new Date() },
      ids: ulidIds(),
      workflow: new DynamoWorkflowStore(app.table.client, app.table.tableName),
      reportSources: sources,
    };
    const created = await createDraft(
      deps,
      EDITOR,
      report({ year, title: `${year}年政府信息公开工作年度报告` }),
    );

    const submitted = await submitForReview(deps, EDITOR, created.id);

    const draft = submitted.draft as AnnualReportDraft;
    expect(draft.latePublications).toBe(1);
    expect(draft.feesCharged).toEqual({ count: 0, amount: 0 });
    expect(draft.tables?.applications.received).toMatchObject({
      natural_person: OUTCOMES.length,
      commercial: 1,
      total: OUTCOMES.length + 1,
    });
    expect(draft.tables?.applications.outcome_total.total).toBe(OUTCOMES.length);
    for (const outcome of OUTCOMES) expect(draft.tables?.applications[outcome].total).toBe(1);
    expect(draft.tables?.applications.carried_out).toMatchObject({ commercial: 1, total: 1 });
  });
});

describe('figures a client sends with a report draft', () => {
  const EDITOR: StaffActor = { userId: 'u-editor', displayName: '张编辑', roles: ['editor'] };
  const year = lastYear - 5;
  const madeUp = {
    tables: { rules: 'made up' } as unknown as AnnualReportDraft['tables'],
    latePublications: 99,
    feesCharged: { count: 7, amount: 700 },
  };

  test('are not stored on create or update: only submission takes the figures', async () => {
    const deps: WorkflowDeps = {
      clock: { now: () => new Date() },
      ids: ulidIds(),
      workflow: new DynamoWorkflowStore(app.table.client, app.table.tableName),
    };
    const created = await createDraft(deps, EDITOR, { ...report({ year }), ...madeUp });
    const afterCreate = await app.call('getLiveReport', {
      token: admin,
      pathParameters: { year: String(year) },
    });

    await updateDraft(deps, EDITOR, created.id, {
      ...report({ year, title: `${year}年报告（改）` }),
      ...madeUp,
    });

    expect(afterCreate.body.data.item).toMatchObject({ id: created.id });
    expect(afterCreate.body.data.item.tables).toBeUndefined();
    const stored = (
      await app.call('getWorkflowItem', { token: reviewer, pathParameters: { id: created.id } })
    ).body.data.draft;
    expect(stored.title).toBe(`${year}年报告（改）`);
    expect(stored).not.toHaveProperty('tables');
    expect(stored).not.toHaveProperty('latePublications');
    expect(stored).not.toHaveProperty('feesCharged');
  });
});

describe('two reports of a year saved before a year had one', () => {
  const EDITOR: StaffActor = { userId: 'u-editor', displayName: '张编辑', roles: ['editor'] };
  const year = lastYear - 6;

  test('the second cannot go to review once the other is in review or published', async () => {
    const workflow = new DynamoWorkflowStore(app.table.client, app.table.tableName);
    const deps: WorkflowDeps = { clock: { now: () => new Date() }, ids: ulidIds(), workflow };
    const draft = await createDraft(deps, EDITOR, report({ year }));
    // The other one, written straight to the table as if saved before the check existed.
    const at = new Date().toISOString();
    const otherId = ulidIds().next();
    await workflow.save(
      {
        id: otherId,
        status: 'in_review',
        draft: report({ year }),
        editors: [actorRef(EDITOR)],
        owner: actorRef(EDITOR),
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
        publishedVersion: 0,
        rev: 1,
      },
      {
        id: ulidIds().next(),
        at,
        actorId: EDITOR.userId,
        actorName: EDITOR.displayName,
        roles: ['editor'],
        action: 'content.submit',
        itemType: 'annual_report',
        itemId: otherId,
        summary: '提交',
      },
    );

    const submitted = await app.call('submitForReview', {
      token: editor,
      pathParameters: { id: draft.id },
    });

    expect(submitted.status).toBe(409);
    expect(submitted.body.error.message).toBe(
      `${year}年度报告已有一稿在审核或已发布，请在该稿上修改`,
    );
  });
});
