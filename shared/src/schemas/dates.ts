import * as v from 'valibot';
import { chinaDate } from '../china-time';

/**
 * The years an item's date may fall in: from the founding of the PRC, the oldest a bureau's
 * document can carry, to 2099, the last year staff can enter a working-day calendar for. A date
 * outside is a typing slip, and one as far as 9999 broke every deadline counted from it.
 */
export const DATE_YEARS = { first: 1949, last: 2099 } as const;

const YYYY_MM_DD = /^\d{4}-\d{2}-\d{2}$/;

type DateProblem = 'format' | 'day' | 'years';

function dateProblem(iso: string): DateProblem | undefined {
  if (!YYYY_MM_DD.test(iso)) return 'format';
  // Date rolls 2026-02-30 into March (and refuses the 32nd): a day that exists reads back the same.
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== iso) return 'day';
  const year = Number(iso.slice(0, 4));
  return year < DATE_YEARS.first || year > DATE_YEARS.last ? 'years' : undefined;
}

/** Whether a YYYY-MM-DD string is a day that exists, in the years DATE_YEARS allows. */
export const isCalendarDate = (iso: string) => dateProblem(iso) === undefined;

/**
 * A date field (YYYY-MM-DD) that is a real day in DATE_YEARS; `made` for the date something was
 * made or changed, which cannot be later than today in China. One message, naming the field.
 */
export function dateField(label: string, { made = false, missing }: DateRules = {}) {
  const problem = (iso: string) => {
    // The form is isoDate's to report, once.
    if (!v.ISO_DATE_REGEX.test(iso)) return undefined;
    const found = dateProblem(iso);
    if (found) return found;
    return made && iso > chinaDate(new Date()) ? 'future' : undefined;
  };
  const messages = {
    format: `${label}须为 YYYY-MM-DD`,
    day: `${label}不是有效日期`,
    years: `${label}须在 ${DATE_YEARS.first} 年至 ${DATE_YEARS.last} 年之间`,
    future: `${label}不能晚于今天`,
  };
  return v.pipe(
    v.string(missing),
    v.isoDate(messages.format),
    v.check<string, (issue: v.CheckIssue<string>) => string>(
      (iso) => problem(iso) === undefined,
      (issue) => messages[problem(issue.input) ?? 'format'],
    ),
  );
}

interface DateRules {
  /** A date of making or changing: not later than today in China. */
  made?: boolean;
  /** The message when the field is required and missing. */
  missing?: string;
}
