import {
  chinaDate,
  feesChargedText,
  IdSchema,
  REPORT_SECTIONS,
  REPORT_TABLE_LABELS,
  reportTableRows,
  validate,
  type AnnualReportTables,
  type PublishedAnnualReport,
  type ReportTable,
} from '@sunshine/shared';
import { csvDocument } from '../../commons/csv';
import { NotFoundError } from '../../commons/errors';
import type { ContentStore } from '../../ports/content-store';

const NOT_FOUND = '该年度报告不存在或未公开';

/** A published report with its figures (pattern 3a: one GetItem, strongly consistent). */
export async function publishedReport(
  store: Pick<ContentStore, 'publishedItem'>,
  id: string,
): Promise<PublishedAnnualReport & { tables: AnnualReportTables }> {
  if (!validate(IdSchema, id).ok) throw new NotFoundError(NOT_FOUND);
  const item = await store.publishedItem(id);
  if (!item || item.withdrawal || item.kind !== 'annual_report' || !item.tables)
    throw new NotFoundError(NOT_FOUND);
  return { ...item, tables: item.tables };
}

/** One table of a published report as CSV (UTF-8 with BOM, the format's Chinese headers). */
export const reportTableCsv = (tables: AnnualReportTables, table: ReportTable) =>
  csvDocument(reportTableRows(tables, table));

/** The file a table downloads as: 「2026年度报告-三、收到和处理….csv」 would not survive every client. */
export const reportTableFilename = (year: number, table: ReportTable) =>
  `annual-report-${year}-${table}.csv`;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n') || '<p>无。</p>';

function htmlTable(tables: AnnualReportTables, table: ReportTable): string {
  const [header = [], ...rows] = reportTableRows(tables, table);
  return [
    `<table>`,
    `<caption>${escapeHtml(REPORT_TABLE_LABELS[table])}</caption>`,
    `<thead><tr>${header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows
      .map(
        ([label = '', ...cells]) =>
          `<tr><th scope="row">${escapeHtml(label)}</th>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody>`,
    `</table>`,
  ].join('\n');
}

/** Section 6's computed facts, as the report was submitted with them. */
function computedFacts(report: PublishedAnnualReport): string {
  return [
    report.feesCharged && `<p>${escapeHtml(feesChargedText(report.feesCharged))}。</p>`,
    report.latePublications !== undefined &&
      `<p>超过 20 个工作日公开的信息：${report.latePublications} 条。</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

const SECTION_TABLES: Record<string, readonly ReportTable[]> = {
  proactive: ['rules', 'decisions', 'fees'],
  applications: ['applications'],
  remedies: ['remedies'],
};

/**
 * The whole report as one HTML page to print or save (A4, the tables as the format lays them
 * out); every text is escaped, and the page loads nothing else.
 */
export function printableReport(report: PublishedAnnualReport & { tables: AnnualReportTables }) {
  const narrative: Record<string, string> = {
    overview: report.inputs.narrative.overview,
    problems: report.inputs.narrative.problems,
    other: report.inputs.narrative.other,
  };
  const sections = REPORT_SECTIONS.map((section) => {
    const tables = SECTION_TABLES[section.key];
    const body = tables
      ? tables.map((table) => htmlTable(report.tables, table)).join('\n')
      : paragraphs(narrative[section.key] ?? '') +
        (section.key === 'other' ? computedFacts(report) : '');
    return `<section>\n<h2>${escapeHtml(section.title)}</h2>\n${body}\n</section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>
body { font-family: "SimSun", "Songti SC", serif; margin: 2em auto; max-width: 60em; padding: 0 1em; line-height: 1.7; color: #000; }
h1 { text-align: center; font-size: 1.5em; }
h2 { font-size: 1.15em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.9em; }
caption { text-align: left; font-weight: bold; padding: 0.3em 0; }
th, td { border: 1px solid #000; padding: 0.25em 0.4em; }
td { text-align: right; }
th[scope="row"] { text-align: left; font-weight: normal; }
.meta { text-align: center; }
@page { size: A4; margin: 2cm; }
@media print { body { margin: 0; max-width: none; } section { break-inside: auto; } table { break-inside: avoid; } }
</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<p class="meta">${report.indexNumber ? `索引号：${escapeHtml(report.indexNumber)}\u3000` : ''}发布日期：${chinaDate(new Date(report.publishedAt))}</p>
${sections}
</body>
</html>
`;
}
