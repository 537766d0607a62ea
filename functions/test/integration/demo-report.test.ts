import type { PublishedAnnualReport } from '@sunshine/shared';
import { DynamoContentStore } from '../../src/adapters/dynamo/content-store';
import { DynamoLatePublications } from '../../src/adapters/dynamo/late-publications';
import { DynamoWorkflowStore } from '../../src/adapters/dynamo/workflow-store';
import { ulidIds } from '../../src/adapters/system/ulid-ids';
import { contentDocumentSource } from '../../src/domain/report/document-source';
import type { ReportSources } from '../../src/domain/report/deps';
import { systemClock } from '../../src/ports/clock';
import { DEMO_DOCUMENTS } from '../../src/seed/demo-documents';
import { DEMO_REPORT_ID, DEMO_REPORT_YEAR, seedDemoReport } from '../../src/seed/demo-report';
import { seedDemoContent } from '../../src/seed/seed-demo';
import { createSuiteTable } from './support/table';

/**
 * The demo report for 2025 against a table written by hand from the seed's files, not by running
 * the code: functions/src/seed/demo-documents.ts (the proactively published documents):
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
const HAND_RULES = {
  regulation: { made: 1, repealed: 0, in_force: 1 },
  normative: { made: 2, repealed: 1, in_force: 3 },
};

describe('the demo annual report', () => {
  test('is the hand count of the seeded records, published once however often the seed runs', async () => {
    const table = await createSuiteTable('demo-report');
    const workflow = new DynamoWorkflowStore(table.client, table.tableName);
    const deps = { clock: systemClock, ids: ulidIds(), workflow };
    const sources: ReportSources = {
      applications: { listForReportYear: () => Promise.resolve([]) },
      documents: contentDocumentSource(new DynamoContentStore(table.client, table.tableName)),
      latePublications: new DynamoLatePublications(table.client, table.tableName),
    };
    try {
      await seedDemoContent(deps, DEMO_DOCUMENTS);

      expect(await seedDemoReport(deps, sources)).toEqual({ written: 1, existing: 0 });
      expect(await seedDemoReport(deps, sources)).toEqual({ written: 0, existing: 1 });

      const report = (await new DynamoContentStore(table.client, table.tableName).publishedItem(
        DEMO_REPORT_ID,
      )) as PublishedAnnualReport;
      expect(report).toMatchObject({ kind: 'annual_report', year: DEMO_REPORT_YEAR, demo: true });
      expect(report.tables?.rules).toEqual(HAND_RULES);
      expect(report.latePublications).toBe(0);
    } finally {
      await table.drop();
    }
  }, 30_000);
});
