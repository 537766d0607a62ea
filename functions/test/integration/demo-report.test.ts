import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  type ApplicationFigures,
  type PublishedAnnualReport,
} from '@sunshine/shared';
import { DynamoApplicationStore } from '../../src/adapters/dynamo/application-store';
import { DynamoCalendarStore } from '../../src/adapters/dynamo/calendar-store';
import { DynamoReportApplicationSource } from '../../src/adapters/dynamo/report-application-source';
import { SubmissionGuard } from '../../src/adapters/dynamo/submission-guard';
import { DynamoContentStore } from '../../src/adapters/dynamo/content-store';
import { DynamoLatePublications } from '../../src/adapters/dynamo/late-publications';
import { DynamoWorkflowStore } from '../../src/adapters/dynamo/workflow-store';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { contentDocumentSource } from '../../src/domain/report/document-source';
import type { ReportSources } from '../../src/domain/report/deps';
import { systemClock } from '../../src/ports/clock';
import { seedDemoApplications } from '../../src/seed/demo-applications';
import { DEMO_CALENDARS } from '../../src/seed/demo-calendars';
import { DEMO_DOCUMENTS } from '../../src/seed/demo-documents';
import { DEMO_REPORT_ID, DEMO_REPORT_YEAR, seedDemoReport } from '../../src/seed/demo-report';
import { seedDemoContent } from '../../src/seed/seed-demo';
import { createSuiteTable } from './support/table';

/**
 * The demo report for 2025 against tables written by hand from the seed's files, not by running
 * the code. Section 2, from functions/src/seed/demo-documents.ts (the proactively published
 * documents):
 *
 * | 文件 | 文件类型 | 成文日期 | 废止或失效 | 2025 |
 * |---|---|---|---|---|
 * | 电动自行车登记上牌的通告 | 规范性文件 | 2023-04-20 | — | 现行有效 |
 * | 户籍窗口预约办理暂行规定 | 规范性文件 | 2021-03-01 | 2023-03-20 | — |
 * | 公共安全视频图像信息系统管理办法 | 规章 | 2025-03-10 | — | 制发, 现行有效 |
 * | 规范户籍业务办理时限的通知 | 规范性文件 | 2025-05-20 | — | 制发, 现行有效 |
 * | 大型群众性活动安全管理规定 | 规范性文件 | 2025-08-15 | — | 制发, 现行有效 |
 * | 电动自行车临时通行号牌发放的通告 | 规范性文件 | 2024-02-01 | 2025-09-30 | 废止 |
 *
 * (the work plan and two withheld documents are 其他文件, and the withheld ones are not public).
 */
/**
 * Section 3, from functions/src/seed/demo-applications.ts (Y = 2025):
 *
 * | received | applicant | ended | outcome | 2025 |
 * |---|---|---|---|---|
 * | 2024-12-23 | 自然人 | 2025-01-15 | 予以公开 | 上年结转, 予以公开 |
 * | 2025-02-10 | 自然人 | 2025-02-20 | 予以公开 (already public) | 新收, 予以公开 |
 * | 2025-03-03 | 商业企业 | 2025-03-25 | 部分公开 | 新收, 部分公开 |
 * | 2025-04-07 | 自然人 | 2025-04-28 | 不予公开 4 第三方 | 新收, 三(三)4 |
 * | 2025-05-12 | 科研机构 | 2025-05-20 | 无法提供 1 不掌握 | 新收, 三(四)1 |
 * | 2025-06-09 | 自然人 | 2025-06-16 | 不予处理 2 重复申请 | 新收, 三(五)2 |
 * | 2025-07-07 | 社会公益组织 | 2025-07-21 | 其他处理 1 逾期不补正 | 新收, 三(六)1 |
 * | 2025-08-04 | 法律服务机构 | 2025-09-01 | 予以公开 (fee paid) | 新收, 予以公开 |
 * | 2025-09-01 | 其他 | 2025-10-13 | 其他处理 2 逾期未缴费 | 新收, 三(六)2 |
 * | 2025-10-13 | 自然人 | 2025-11-05 | 不予公开 6 过程性信息 | 新收, 三(三)6 |
 * | 2025-12-29 | 自然人 | 2026-01-09 | 予以公开 | 新收, 结转下年度 |
 */
function handApplications(): ApplicationFigures {
  const figures = Object.fromEntries(
    APPLICATION_ROWS.map((row) => [
      row,
      Object.fromEntries(APPLICATION_COLUMNS.map((column) => [column, 0])),
    ]),
  ) as ApplicationFigures;
  const set = (row: keyof ApplicationFigures, cells: Partial<ApplicationFigures['received']>) =>
    (figures[row] = { ...figures[row], ...cells });
  set('received', {
    natural_person: 5,
    commercial: 1,
    research: 1,
    public_interest: 1,
    legal_service: 1,
    other_organization: 1,
    total: 10,
  });
  set('carried_in', { natural_person: 1, total: 1 });
  set('disclosed', { natural_person: 2, legal_service: 1, total: 3 });
  set('partly_disclosed', { commercial: 1, total: 1 });
  set('withheld_third_party', { natural_person: 1, total: 1 });
  set('withheld_process_information', { natural_person: 1, total: 1 });
  set('unavailable_not_held', { research: 1, total: 1 });
  set('not_handled_repeated', { natural_person: 1, total: 1 });
  set('other_uncorrected', { public_interest: 1, total: 1 });
  set('other_unpaid_fee', { other_organization: 1, total: 1 });
  set('outcome_total', {
    natural_person: 5,
    commercial: 1,
    research: 1,
    public_interest: 1,
    legal_service: 1,
    other_organization: 1,
    total: 10,
  });
  set('carried_out', { natural_person: 1, total: 1 });
  return figures;
}

const HAND_RULES = {
  regulation: { made: 1, repealed: 0, in_force: 1 },
  normative: { made: 2, repealed: 1, in_force: 3 },
};

describe('the demo annual report', () => {
  test('is the hand count of the seeded records, published once however often the seed runs', async () => {
    const table = await createSuiteTable('demo-report');
    const workflow = new DynamoWorkflowStore(table.client, table.tableName);
    const deps = { clock: systemClock, ids: ulidIds(), workflow };
    const guard = new SubmissionGuard(table.client, table.tableName, {
      address: () => new Uint8Array(32),
      fingerprint: () => new Uint8Array(32),
    });
    const applications = new DynamoApplicationStore(table.client, table.tableName, guard);
    const sources: ReportSources = {
      applications: new DynamoReportApplicationSource(table.client, table.tableName, applications),
      documents: contentDocumentSource(new DynamoContentStore(table.client, table.tableName)),
      latePublications: new DynamoLatePublications(table.client, table.tableName),
    };
    try {
      await seedDemoContent(deps, DEMO_DOCUMENTS);
      const calendars = new DynamoCalendarStore(table.client, table.tableName);
      for (const calendar of DEMO_CALENDARS)
        await calendars.put(calendar, undefined, { onlyIfNew: true });
      await seedDemoApplications({
        ...deps,
        applications,
        submissions: guard,
        bureau: { get: async () => undefined },
        calendars,
      });

      expect(await seedDemoReport(deps, sources)).toEqual({ written: 1, existing: 0 });
      expect(await seedDemoReport(deps, sources)).toEqual({ written: 0, existing: 1 });

      const report = (await new DynamoContentStore(table.client, table.tableName).publishedItem(
        DEMO_REPORT_ID,
      )) as PublishedAnnualReport;
      expect(report).toMatchObject({ kind: 'annual_report', year: DEMO_REPORT_YEAR, demo: true });
      expect(report.tables?.rules).toEqual(HAND_RULES);
      expect(report.tables?.applications).toEqual(handApplications());
      expect(report.latePublications).toBe(0);
      // The 法律服务机构's 120 pages, paid 2025-08-11: 30 free, 70 at 10 元, 20 at 20 元.
      expect(report.feesCharged).toEqual({ count: 1, amount: 70 * 10 + 20 * 20 });
    } finally {
      await table.drop();
    }
  }, 60_000);
});
