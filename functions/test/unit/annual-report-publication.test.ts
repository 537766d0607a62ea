import { emptyStaffInputs, type PublishedContent, type PublishedDocument } from '@sunshine/shared';
import { assembleTables, computeReport } from '../../src/domain/report/compute';
import { contentDocumentSource } from '../../src/domain/report/document-source';
import {
  printableReport,
  publishedReport,
  reportTableCsv,
} from '../../src/domain/report/publication';
import { anAnnualReportDraft, aDocumentDraft } from '../support/drafts';
import { InMemoryContentStore } from '../support/in-memory-content-store';

const REPORT_ID = '01HTEST0000000000000000R01';
const DRAFT_ID = '01HTEST0000000000000000R02';
const published = { publishedAt: '2026-01-20T02:00:00.000Z', updatedAt: '', demo: false };

/** A published document with the 文件类型 and dates the negative-list work adds to documents. */
const aDocument = (
  id: string,
  fields: { documentType?: string; issuedAt: string; repealedOn?: string },
): PublishedContent =>
  ({
    // Without a 文件类型 when none is given: a document saved before the field existed.
    ...withoutType(aDocumentDraft({ issuedAt: fields.issuedAt, title: `文件${id}` })),
    ...fields,
    id,
    ...published,
  }) as PublishedDocument;

function withoutType<T extends { documentType?: unknown }>(draft: T): Omit<T, 'documentType'> {
  const { documentType: _, ...rest } = draft;
  return rest;
}

describe('the documents section 2 counts, read from the library', () => {
  it('lists the published 规章 and 行政规范性文件 with their dates, never 其他文件', async () => {
    const store = new InMemoryContentStore().put(
      aDocument('01A', { documentType: 'normative', issuedAt: '2025-03-01' }),
      aDocument('01B', {
        documentType: 'regulation',
        issuedAt: '2019-03-01',
        repealedOn: '2025-06-30',
      }),
      aDocument('01C', { documentType: 'other', issuedAt: '2025-03-01' }),
      aDocument('01D', { issuedAt: '2025-03-01' }),
    );

    const documents = await contentDocumentSource(store).listCountedDocuments();

    expect(documents.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      {
        id: '01A',
        title: '文件01A',
        documentType: 'normative',
        madeOn: '2025-03-01',
        validity: 'in_force',
      },
      {
        id: '01B',
        title: '文件01B',
        documentType: 'regulation',
        madeOn: '2019-03-01',
        repealedOn: '2025-06-30',
        validity: 'in_force',
      },
    ]);
    expect(computeReport(2025, [], documents, []).tables.rules).toEqual({
      regulation: { made: 0, repealed: 1, in_force: 0 },
      normative: { made: 1, repealed: 0, in_force: 1 },
    });
  });
});

describe('a published report', () => {
  const tables = assembleTables(
    computeReport(
      2025,
      [{ id: 'A1', receivedOn: '2025-02-01', applicantCategory: 'commercial' }],
      [],
      [],
    ).tables,
    anAnnualReportDraft().inputs,
  );
  const report = { ...anAnnualReportDraft(), tables, id: REPORT_ID, ...published };

  it('is found only as a published annual report with its figures', async () => {
    const store = new InMemoryContentStore().put(
      report,
      aDocument('01HTEST0000000000000000D01', { issuedAt: '2025-01-01' }),
    );

    await expect(publishedReport(store, REPORT_ID)).resolves.toMatchObject({ year: 2025 });
    await expect(publishedReport(store, '01HTEST0000000000000000D01')).rejects.toThrow(
      '该年度报告不存在或未公开',
    );
    await expect(publishedReport(store, '../x')).rejects.toThrow('该年度报告不存在或未公开');
    const draftOnly = { ...anAnnualReportDraft(), id: DRAFT_ID, ...published };
    await expect(publishedReport(store.put(draftOnly), DRAFT_ID)).rejects.toThrow();
  });

  it('gives section 3 as CSV: BOM, the format’s labels, the figures', () => {
    const csv = reportTableCsv(tables, 'applications');

    expect(csv.startsWith('\uFEFF项目,自然人,法人或其他组织·商业企业,')).toBe(true);
    expect(csv).toContain('\r\n一、本年新收政府信息公开申请数量,0,1,0,0,0,0,1\r\n');
    expect(csv).toContain('\r\n四、结转下年度继续办理,0,1,0,0,0,0,1\r\n');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 25);
  });

  it('gives section 4 and the fee as CSV', () => {
    expect(reportTableCsv(tables, 'remedies')).toContain('行政复议,2,1,1,1,5');
    expect(reportTableCsv(emptyTablesWithFee(1.2345), 'fees')).toContain('行政事业性收费,1.2345');
  });

  it('prints every section, its tables and the narrative, with text escaped', () => {
    const html = printableReport({
      ...report,
      inputs: {
        ...report.inputs,
        narrative: { ...report.inputs.narrative, other: '<script>alert(1)</script>' },
      },
    });

    for (const title of [
      '一、总体情况',
      '三、收到和处理政府信息公开申请情况',
      '六、其他需要报告的事项',
    ])
      expect(html).toContain(`<h2>${title}</h2>`);
    expect(html).toContain('<th scope="row">行政许可</th><td>1520</td>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('发布日期：2026-01-20');
    expect(printableReport({ ...report, feesCharged: { count: 2, amount: 1900 } })).toContain(
      '<p>收取信息处理费 2 件，共 1900 元。</p>',
    );
  });
});

function emptyTablesWithFee(feeAmount: number) {
  return assembleTables(computeReport(2025, [], [], []).tables, {
    ...emptyStaffInputs(),
    feeAmount,
  });
}
