import {
  DECISION_ROWS,
  emptyStaffInputs,
  REMEDY_COLUMNS,
  REMEDY_KINDS,
  type DecisionRow,
  type RemedyColumn,
  type RemedyKind,
  type ReportStaffInputs,
} from '@sunshine/shared';

/** What staff type: figures as text (a blank is asked for, not read as 0), the narrative as is. */
export interface ReportForm {
  title: string;
  decisions: Record<DecisionRow, string>;
  feeAmount: string;
  remedies: Record<RemedyKind, Record<RemedyColumn, string>>;
  narrative: ReportStaffInputs['narrative'];
}

const texts = <K extends string>(figures: Record<K, number>) =>
  Object.fromEntries(Object.entries(figures).map(([key, value]) => [key, String(value)])) as Record<
    K,
    string
  >;

/** The form of a year's report: what was saved, or every figure 0 for a new one. */
export function reportForm(
  title: string,
  inputs: ReportStaffInputs = emptyStaffInputs(),
): ReportForm {
  return {
    title,
    decisions: texts(inputs.decisions),
    feeAmount: String(inputs.feeAmount),
    remedies: Object.fromEntries(
      REMEDY_KINDS.map((kind) => [kind, texts(inputs.remedies[kind])]),
    ) as ReportForm['remedies'],
    narrative: { ...inputs.narrative },
  };
}

/** Typed text as a number; blank or not a number stays text, so the schema names the cell. */
const figure = (text: string): number | string => {
  const trimmed = text.trim();
  return trimmed !== '' && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
};

/** The draft to check with the shared schema and send (category, office, topic as reports take). */
export function reportDraft(year: number, form: ReportForm): unknown {
  return {
    kind: 'annual_report',
    title: form.title,
    // 政务公开 work of the bureau's office: where residents look for the yearly report.
    category: 'management',
    office: 'general',
    topic: 'transparency',
    year,
    inputs: {
      decisions: Object.fromEntries(DECISION_ROWS.map((row) => [row, figure(form.decisions[row])])),
      feeAmount: figure(form.feeAmount),
      remedies: Object.fromEntries(
        REMEDY_KINDS.map((kind) => [
          kind,
          Object.fromEntries(
            REMEDY_COLUMNS.map((column) => [column, figure(form.remedies[kind][column])]),
          ),
        ]),
      ),
      narrative: form.narrative,
    },
  };
}
