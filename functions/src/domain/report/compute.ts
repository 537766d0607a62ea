import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  RULE_COLUMNS,
  RULE_ROWS,
  type AnnualReportTables,
  type ApplicationFigures,
  type ApplicationRow,
  type ComputedReportTables,
  type FeesCharged,
  type ReportCellKey,
  type ReportStaffInputs,
  type RuleFigures,
  type RuleRow,
} from '@sunshine/shared';
import type {
  ApplicationForReport,
  DocumentForReport,
  LatePublicationSource,
} from '../../ports/report-sources';

export type LatePublication = Awaited<
  ReturnType<LatePublicationSource['listLatePublications']>
>[number];

/** The cell of section 6 the product fills: items published later than art. 26's 20 working days. */
export const LATE_PUBLICATIONS_CELL = 'late_publications';
/** Section 6's fees: 信息处理费 paid in the year. */
export const FEES_CHARGED_CELL = 'fees_charged';
export type EvidenceKey = ReportCellKey | typeof LATE_PUBLICATIONS_CELL | typeof FEES_CHARGED_CELL;

/**
 * What the product computes for a year, and behind every computed cell the ids of the records it
 * counted, so a reviewer can open any figure and check it.
 */
export interface ComputedReport {
  year: number;
  tables: ComputedReportTables;
  /** Items published later than their 20-working-day deadline (section 6 may report it). */
  latePublications: number;
  /** 信息处理费 paid in the year: how many, and the sum in 元 (section 6). */
  feesCharged: FeesCharged;
  evidence: Partial<Record<EvidenceKey, string[]>>;
}

const yearBounds = (year: number) => ({ first: `${year}-01-01`, last: `${year}-12-31` });
const inYear = (date: string | undefined, year: number) =>
  date !== undefined && date.slice(0, 4) === String(year);

/** Cells that collect ids; a figure is how many ids its cell holds. */
class Tally<K extends string> {
  readonly ids = new Map<K, string[]>();
  add(key: K, id: string) {
    const list = this.ids.get(key);
    if (list) list.push(id);
    else this.ids.set(key, [id]);
  }
  count(key: K): number {
    return this.ids.get(key)?.length ?? 0;
  }
}

/**
 * Section 3 (国办公开办函〔2021〕30号), from the applications of the year's list:
 * - 新收: received in the year; 上年结转: received before it and not ended before 1 January;
 * - a row of 三: ended in the year with that outcome (each application in exactly one row);
 * - 结转下年度: not ended by 31 December.
 * An application the list should not hold (received after the year, or ended before it) counts
 * nowhere.
 */
function countApplications(year: number, applications: ApplicationForReport[]) {
  const { first, last } = yearBounds(year);
  const tally = new Tally<`${ApplicationRow}.${string}`>();
  const addRow = (row: ApplicationRow, application: ApplicationForReport) => {
    tally.add(`${row}.${application.applicantCategory}`, application.id);
    tally.add(`${row}.total`, application.id);
  };
  for (const application of applications) {
    if (application.receivedOn > last) continue;
    if (application.endedOn !== undefined && application.endedOn < first) continue;
    addRow(application.receivedOn >= first ? 'received' : 'carried_in', application);
    if (application.endedOn !== undefined && application.endedOn <= last && application.outcome) {
      addRow(application.outcome, application);
      addRow('outcome_total', application);
    } else {
      addRow('carried_out', application);
    }
  }
  const figures = Object.fromEntries(
    APPLICATION_ROWS.map((row) => [
      row,
      Object.fromEntries(
        APPLICATION_COLUMNS.map((column) => [column, tally.count(`${row}.${column}`)]),
      ),
    ]),
  ) as ApplicationFigures;
  const evidence = Object.fromEntries(
    [...tally.ids].map(([key, ids]) => [`applications.${key}`, ids]),
  ) as Partial<Record<ReportCellKey, string[]>>;
  return { figures, evidence };
}

/**
 * Section 2, art. 20(一): 本年制发 = made in the year; 本年废止 = repealed in the year; 现行有效 = in
 * force on 31 December (made by then and not repealed by then). A document without a 成文日期 is
 * taken as made before the year.
 */
function countRules(year: number, documents: DocumentForReport[]) {
  const { last } = yearBounds(year);
  const tally = new Tally<`${RuleRow}.${string}`>();
  for (const document of documents) {
    if (document.documentType === 'other') continue;
    const row = document.documentType;
    if (inYear(document.madeOn, year)) tally.add(`${row}.made`, document.id);
    if (inYear(document.repealedOn, year)) tally.add(`${row}.repealed`, document.id);
    const madeByThen = document.madeOn === undefined || document.madeOn <= last;
    const repealedByThen = document.repealedOn !== undefined && document.repealedOn <= last;
    if (madeByThen && !repealedByThen) tally.add(`${row}.in_force`, document.id);
  }
  const figures = Object.fromEntries(
    RULE_ROWS.map((row) => [
      row,
      Object.fromEntries(RULE_COLUMNS.map((column) => [column, tally.count(`${row}.${column}`)])),
    ]),
  ) as RuleFigures;
  const evidence = Object.fromEntries(
    [...tally.ids].map(([key, ids]) => [`rules.${key}`, ids]),
  ) as Partial<Record<ReportCellKey, string[]>>;
  return { figures, evidence };
}

/** The report's computed tables for `year`: a pure function of the records the sources listed. */
export function computeReport(
  year: number,
  applications: ApplicationForReport[],
  documents: DocumentForReport[],
  latePublications: LatePublication[],
): ComputedReport {
  const rules = countRules(year, documents);
  const counted = countApplications(year, applications);
  const late = latePublications.filter((item) => inYear(item.publishedOn, year));
  // Counted in the year it was paid, among the applications of the year's list.
  const paid = applications.filter((application) => inYear(application.feePaid?.paidOn, year));
  return {
    year,
    tables: { rules: rules.figures, applications: counted.figures },
    latePublications: late.length,
    feesCharged: {
      count: paid.length,
      amount: paid.reduce((sum, application) => sum + (application.feePaid?.amount ?? 0), 0),
    },
    evidence: {
      ...rules.evidence,
      ...counted.evidence,
      ...(late.length > 0 && { [LATE_PUBLICATIONS_CELL]: late.map((item) => item.id) }),
      ...(paid.length > 0 && { [FEES_CHARGED_CELL]: paid.map((application) => application.id) }),
    },
  };
}

/** Every figure of the report: the computed tables with what staff entered. */
export function assembleTables(
  computed: ComputedReportTables,
  inputs: ReportStaffInputs,
): AnnualReportTables {
  return {
    rules: computed.rules,
    applications: computed.applications,
    decisions: inputs.decisions,
    feeAmount: inputs.feeAmount,
    remedies: inputs.remedies,
  };
}
