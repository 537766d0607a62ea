import {
  chinaDate,
  chinaInstant,
  NO_OFFICE,
  NO_OFFICE_LABEL,
  officeName,
  QUESTION_DEADLINES,
  CASE_KINDS,
  workingDaysBetween,
  type OfficeOption,
  type RatingDistribution,
  type RatingScore,
  type ServiceCaseView,
  type ServiceFigure,
  type CaseKind,
  type ServiceLevelRow,
  type WorkingCalendar,
} from '@sunshine/shared';
import type { ApplicationCase, QuestionCase } from '../../ports/service-level-source';
import { countOrApproximate, yearsBetween } from '../calendar/working-deadline';

/** A question or an application as counted: where it falls, its deadline kept, its answer timed. */
export interface CountedCase {
  id: string;
  kind: CaseKind;
  subKind?: string;
  office: string;
  receivedOn: string;
  dueOn?: string;
  answeredOn?: string;
  workingDays?: number;
  state: ServiceCaseView['state'];
  score?: RatingScore;
  approximate: boolean;
}

/** Working days after receipt up to the answer's day (answered the same day: 0), and whether approximate. */
function timeToAnswer(
  receivedOn: string,
  answeredOn: string,
  calendars: readonly WorkingCalendar[],
) {
  const { value, approximate } = countOrApproximate(
    (found) => workingDaysBetween(receivedOn, answeredOn, found),
    calendars,
    yearsBetween(receivedOn, answeredOn),
  );
  return { workingDays: value, approximate };
}

/**
 * A question is on time when its answer came by its deadline (an instant: urgent ones are counted
 * in hours), late after it; unanswered, it is past due once now is after its deadline.
 */
export function countQuestion(
  question: QuestionCase,
  calendars: readonly WorkingCalendar[],
  now: Date,
): CountedCase {
  const receivedOn = chinaDate(new Date(question.askedAt));
  const due = new Date(question.dueAt);
  const base = {
    id: question.id,
    kind: 'question' as const,
    subKind: QUESTION_DEADLINES[question.kind]?.label,
    office: question.office ?? NO_OFFICE,
    receivedOn,
    dueOn: chinaDate(due),
    ...(question.score !== undefined && { score: question.score }),
  };
  if (!question.answeredAt)
    return {
      ...base,
      state: now.getTime() > due.getTime() ? 'open_past_due' : 'open',
      approximate: question.dueApproximate,
    };
  const answeredAt = new Date(question.answeredAt);
  const answeredOn = chinaDate(answeredAt);
  const time = timeToAnswer(receivedOn, answeredOn, calendars);
  return {
    ...base,
    answeredOn,
    workingDays: time.workingDays,
    state: answeredAt.getTime() <= due.getTime() ? 'on_time' : 'late',
    approximate: question.dueApproximate || time.approximate,
  };
}

/**
 * An application's deadline is a day (its last: extension and pauses counted, DOMAIN.md §3): an
 * answer on that day is on time, after it late; open, it is past due from the next day. A case
 * ended while its clock stood still (waiting for a correction) had no deadline running: on time.
 */
export function countApplication(
  application: ApplicationCase,
  calendars: readonly WorkingCalendar[],
  now: Date,
): CountedCase {
  const base = {
    id: application.id,
    kind: 'application' as const,
    office: application.office ?? NO_OFFICE,
    receivedOn: application.receivedOn,
    ...(application.dueOn && { dueOn: application.dueOn }),
  };
  if (!application.endedOn) {
    const pastDue =
      application.dueOn !== undefined &&
      now.getTime() > chinaInstant(application.dueOn, '23:59:59.999').getTime();
    return {
      ...base,
      state: pastDue ? 'open_past_due' : 'open',
      approximate: application.dueApproximate,
    };
  }
  const time = timeToAnswer(application.receivedOn, application.endedOn, calendars);
  return {
    ...base,
    answeredOn: application.endedOn,
    workingDays: time.workingDays,
    state: !application.dueOn || application.endedOn <= application.dueOn ? 'on_time' : 'late',
    approximate: application.dueApproximate || time.approximate,
  };
}

/** The value at rank ⌈p·n⌉ of the sorted values (nearest rank: always a value that occurred). */
export function nearestRank(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

const isAnswered = (counted: CountedCase) =>
  counted.state === 'on_time' || counted.state === 'late';

/** Whether a case is one of those a figure counts. */
export function countsIn(counted: CountedCase, figure: ServiceFigure): boolean {
  switch (figure) {
    case 'received':
      return true;
    case 'answered':
      return isAnswered(counted);
    case 'on_time':
    case 'late':
    case 'open_past_due':
      return counted.state === figure;
    default:
      return counted.score === Number(figure.slice('rated_'.length));
  }
}

const emptyRatings = (): RatingDistribution => ({ 5: 0, 4: 0, 3: 0, 2: 0, 1: 0 });

/** One row's figures over its cases. */
export function rowOf(
  cases: readonly CountedCase[],
  key: { month: string; office: string; officeName: string; kind: CaseKind },
): ServiceLevelRow {
  const days = cases
    .filter(isAnswered)
    .map((counted) => counted.workingDays ?? 0)
    .sort((a, b) => a - b);
  const count = (figure: ServiceFigure) => cases.filter((each) => countsIn(each, figure)).length;
  const median = nearestRank(days, 0.5);
  const p90 = nearestRank(days, 0.9);
  let ratings: RatingDistribution | undefined;
  if (key.kind === 'question') {
    ratings = emptyRatings();
    for (const counted of cases) if (counted.score !== undefined) ratings[counted.score]++;
  }
  return {
    ...key,
    received: cases.length,
    answered: days.length,
    onTime: count('on_time'),
    late: count('late'),
    openPastDue: count('open_past_due'),
    ...(median !== undefined && { medianDays: median }),
    ...(p90 !== undefined && { p90Days: p90 }),
    ...(ratings && { ratings }),
    approximate: cases.some((counted) => counted.approximate),
  };
}

const monthOf = (counted: CountedCase) => counted.receivedOn.slice(0, 7);

/** Rows by month received × office × kind (only those with cases), and a total per kind. */
export function serviceLevelRows(
  cases: readonly CountedCase[],
  officeName: (office: string) => string,
): { rows: ServiceLevelRow[]; totals: ServiceLevelRow[] } {
  const groups = new Map<string, CountedCase[]>();
  for (const counted of cases) {
    const key = [monthOf(counted), counted.kind, counted.office].join('|');
    const members = groups.get(key);
    if (members) members.push(counted);
    else groups.set(key, [counted]);
  }
  const rows = [...groups.entries()].map(([key, members]) => {
    const [month, kind, office] = key.split('|') as [string, CaseKind, string];
    return rowOf(members, { month, office, officeName: officeName(office), kind });
  });
  const kindOrder = (kind: CaseKind) => CASE_KINDS.indexOf(kind);
  rows.sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      kindOrder(a.kind) - kindOrder(b.kind) ||
      a.officeName.localeCompare(b.officeName, 'zh-CN'),
  );
  const totals = CASE_KINDS.map((kind) =>
    rowOf(
      cases.filter((counted) => counted.kind === kind),
      { month: '', office: '', officeName: '', kind },
    ),
  );
  return { rows, totals };
}

/** An office's name for the figures: the profile's, 本机关 for none, the id for one since renamed away. */
export const officeNamer =
  (offices: readonly OfficeOption[]) =>
  (office: string): string =>
    office === NO_OFFICE ? NO_OFFICE_LABEL : officeName(office, offices);

/** The years a count of these cases may read a calendar for: the first received to the last answered. */
export function calendarYears(
  year: number,
  questions: readonly QuestionCase[],
  applications: readonly ApplicationCase[],
): number[] {
  const answered = [
    ...questions.flatMap((question) =>
      question.answeredAt ? [Number(chinaDate(new Date(question.answeredAt)).slice(0, 4))] : [],
    ),
    ...applications.flatMap((application) =>
      application.endedOn ? [Number(application.endedOn.slice(0, 4))] : [],
    ),
  ];
  const last = Math.max(year, ...answered);
  return Array.from({ length: last - year + 1 }, (_, index) => year + index);
}

/** A counted case as staff see it in a figure's list: dates and state, never text or contact. */
export function countedCaseView(
  counted: CountedCase,
  officeName: (office: string) => string,
): ServiceCaseView {
  const { office, ...rest } = counted;
  return { ...rest, officeName: officeName(office) };
}
