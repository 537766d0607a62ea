import {
  annualReportTitle,
  APPLICANT_CATEGORY_LABELS,
  BUREAU_NAME,
  DOCUMENT_TYPE_LABELS,
  OUTCOME_RULES,
  profileOffices,
  reportCellLabel,
  type AnnualReportDraft,
  type LiveReportView,
  type ReportCell,
  type ReportCellRecord,
  type ReportCellRecordsView,
} from '@sunshine/shared';
import type { WorkflowItem } from '../../ports/workflow-store';
import { computeReport, type ComputedReport } from './compute';
import type { ReportDeps, ReportSources } from './deps';
import { concernFigures } from '../concerns/concerns';

/** Read the three sources for a year (together) and compute its tables. */
export async function computeYear(sources: ReportSources, year: number): Promise<ComputedReport> {
  const [applications, documents, late] = await Promise.all([
    sources.applications.listForReportYear(year),
    sources.documents.listCountedDocuments(),
    sources.latePublications.listLatePublications(year),
  ]);
  return computeReport(year, applications, documents, late);
}

type ReportItem = WorkflowItem & { draft: AnnualReportDraft };

/**
 * The report item of a year, if one was started (pattern 122: the few items of the kind, one a
 * year, as saving a draft holds; the newest if two were started before it did).
 */
export async function findReportItem(
  workflow: ReportDeps['workflow'],
  year: number,
): Promise<ReportItem | undefined> {
  let found: ReportItem | undefined;
  for (const item of await reportItemsOf(workflow, year))
    if (!found || item.createdAt > found.createdAt) found = item;
  return found;
}

/** Every report item of a year (pattern 122): one, unless two were started before a year had one. */
export async function reportItemsOf(
  workflow: ReportDeps['workflow'],
  year: number,
): Promise<ReportItem[]> {
  const items: ReportItem[] = [];
  for await (const item of workflow.listByKind('annual_report'))
    if (item.draft.kind === 'annual_report' && item.draft.year === year)
      items.push(item as ReportItem);
  return items;
}

/** 政务公开 is the bureau office's work: 'general' where the profile has it, else its first office. */
const reportOffice = (ids: string[]) =>
  ids.includes('general') ? 'general' : (ids[0] ?? 'general');

/** A year's figures as the records say today, with the year's report item. */
export async function liveReport(deps: ReportDeps, year: number): Promise<LiveReportView> {
  const [computed, item, bureau, concerns] = await Promise.all([
    computeYear(deps, year),
    findReportItem(deps.workflow, year),
    deps.bureau.get(),
    deps.concerns && concernFigures({ concerns: deps.concerns }, year),
  ]);
  return {
    year,
    computed: computed.tables,
    latePublications: computed.latePublications,
    feesCharged: computed.feesCharged,
    ...(concerns && { concerns }),
    // Before an admin saved the bureau's profile, the name the product was set up with.
    suggestedTitle: annualReportTitle(bureau?.name ?? BUREAU_NAME, year),
    suggestedOffice:
      item?.draft.office ?? reportOffice(profileOffices(bureau).map((office) => office.id)),
    ...(item && {
      item: {
        id: item.id,
        status: item.status,
        title: item.draft.title,
        inputs: item.draft.inputs,
        ...(item.draft.tables && { tables: item.draft.tables }),
        ...(item.publishedAt && { publishedAt: item.publishedAt }),
      },
    }),
  };
}

/**
 * The records behind one computed figure, so a reviewer can check it. Applications are named by
 * their case id, dates, applicant type and outcome: never the applicant's name or contact.
 */
export async function cellRecords(
  sources: ReportSources,
  year: number,
  cell: ReportCell,
): Promise<ReportCellRecordsView> {
  const [applications, documents, late] = await Promise.all([
    sources.applications.listForReportYear(year),
    sources.documents.listCountedDocuments(),
    sources.latePublications.listLatePublications(year),
  ]);
  const ids = new Set(computeReport(year, applications, documents, late).evidence[cell] ?? []);
  const records: ReportCellRecord[] = [
    ...applications
      .filter((application) => ids.has(application.id))
      .map((application) => ({
        id: application.id,
        kind: 'application' as const,
        title: `政府信息公开申请 ${application.id}`,
        detail: [
          `收到 ${application.receivedOn}`,
          APPLICANT_CATEGORY_LABELS[application.applicantCategory],
          application.endedOn && `办结 ${application.endedOn}`,
          application.outcome && OUTCOME_RULES[application.outcome].label,
          application.feePaid &&
            `缴费 ${application.feePaid.amount} 元（${application.feePaid.paidOn}）`,
        ]
          .filter(Boolean)
          .join(' · '),
      })),
    ...documents
      .filter((document) => ids.has(document.id))
      .map((document) => ({
        id: document.id,
        kind: 'document' as const,
        title: document.title,
        detail: [
          DOCUMENT_TYPE_LABELS[document.documentType],
          document.madeOn && `成文 ${document.madeOn}`,
          document.repealedOn && `废止或失效 ${document.repealedOn}`,
        ]
          .filter(Boolean)
          .join(' · '),
      })),
    ...late
      .filter((item) => ids.has(item.id))
      .map((item) => ({
        id: item.id,
        kind: 'item' as const,
        title: item.title,
        detail: `形成或变更 ${item.madeOn} · 公开 ${item.publishedOn}`,
      })),
  ];
  return { year, cell, label: reportCellLabel(cell), records };
}
