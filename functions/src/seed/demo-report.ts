import type { AnnualReportDraft, PublishedAnnualReport, ReportStaffInputs } from '@sunshine/shared';
import type { ReportSources } from '../domain/report/deps';
import { snapshotReport } from '../domain/report/snapshot';
import type { WorkflowDeps } from '../domain/workflow/deps';
import { seedDemoContent } from './seed-demo';

/**
 * The demo's 政府信息公开工作年度报告: the year the demo applications and documents cover (their
 * dates are written against it), published on 20 January of the next year as a bureau would.
 */
export const DEMO_REPORT_YEAR = 2025;
export const DEMO_REPORT_ID = '01H0000000DEM000000000R025';

/** What staff would enter: decision counts, no fee, the 复议 and 诉讼 results, the narrative. */
export const DEMO_REPORT_INPUTS: ReportStaffInputs = {
  decisions: { licensing: 1520, penalty: 312, coercion: 27 },
  feeAmount: 0,
  remedies: {
    review: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
    litigation_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    litigation_after_review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
  },
  narrative: {
    overview: [
      `${DEMO_REPORT_YEAR}年，本局坚持以公开为常态、不公开为例外，围绕户籍、出入境、交通管理等群众关心的事项，通过本小程序、门户网站和政务新媒体主动公开政府信息。`,
      '依申请公开方面，严格执行《中华人民共和国政府信息公开条例》规定的办理时限，答复均载明依据和救济途径。',
      '政府信息管理方面，建立公开前审查机制，坚持先审后发；每条信息公开时编制索引号，规范性文件按规定标注效力状态。',
    ].join('\n'),
    problems: [
      '一是政策解读形式较为单一，图解和视频解读偏少；二是部分信息公开不够及时。',
      '下一步，本局将丰富解读形式，严格落实 20 个工作日内公开的要求，并按季度开展自查。',
    ].join('\n'),
    other: `本年度依据《政府信息公开信息处理费管理办法》收取信息处理费的情况见申请办理记录。以上数据统计期限为${DEMO_REPORT_YEAR}年1月1日至12月31日。（演示数据）`,
  },
};

export function demoReportDraft(): AnnualReportDraft {
  return {
    kind: 'annual_report',
    title: `长治市公安局上党分局${DEMO_REPORT_YEAR}年政府信息公开工作年度报告`,
    category: 'management',
    office: 'general',
    topic: 'transparency',
    year: DEMO_REPORT_YEAR,
    inputs: DEMO_REPORT_INPUTS,
  };
}

/**
 * Publish the demo report with its figures computed from what the seed put in the table (run it
 * after the demo documents and applications), as a reviewer's approval would: once, left as it is
 * when already there.
 */
export async function seedDemoReport(deps: WorkflowDeps, sources: ReportSources) {
  const draft = await snapshotReport(sources, demoReportDraft());
  const at = `${DEMO_REPORT_YEAR + 1}-01-20T02:00:00.000Z`;
  const report: PublishedAnnualReport = {
    ...draft,
    id: DEMO_REPORT_ID,
    publishedAt: at,
    updatedAt: at,
    demo: true,
  };
  return seedDemoContent(deps, [report]);
}
