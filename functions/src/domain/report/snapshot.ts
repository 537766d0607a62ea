import {
  AnnualReportTablesSchema,
  validate,
  type AnnualReportDraft,
  type ContentDraft,
} from '@sunshine/shared';
import { ValidationError } from '../../commons/errors';
import { assembleTables } from './compute';
import type { ReportSources } from './deps';
import { computeYear } from './figures';

/**
 * The report as it goes to review: the year's tables computed now, with what staff entered, held
 * to every check of the format. The reviewer approves these figures and residents read the same
 * ones, however the records change after.
 */
export async function snapshotReport(
  sources: ReportSources,
  draft: AnnualReportDraft,
): Promise<AnnualReportDraft> {
  const computed = await computeYear(sources, draft.year);
  const tables = assembleTables(computed.tables, draft.inputs);
  const checked = validate(AnnualReportTablesSchema, tables);
  if (!checked.ok)
    throw new ValidationError(
      checked.issues.map((issue) => ({ field: `tables.${issue.field}`, message: issue.message })),
    );
  return {
    ...draft,
    tables,
    latePublications: computed.latePublications,
    feesCharged: computed.feesCharged,
  };
}

/**
 * A draft as an editor saves it: a report's figures are only ever the snapshot's, so whatever a
 * client sends in their place is dropped (else the report page would show them as the figures
 * it was submitted with).
 */
export function withoutReportFigures(draft: ContentDraft): ContentDraft {
  if (draft.kind !== 'annual_report') return draft;
  const { tables, latePublications, feesCharged, ...entered } = draft;
  return entered;
}
