import { AnnualReportTablesSchema, validate, type AnnualReportDraft } from '@sunshine/shared';
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
