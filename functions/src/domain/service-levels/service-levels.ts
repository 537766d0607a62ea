import {
  chinaDate,
  chinaDateTime,
  SERVICE_FIGURE_LABELS,
  CASE_KIND_LABELS,
  type ServiceCasesQuery,
  type ServiceCasesView,
  type ServiceLevelQuery,
  type ServiceLevelsView,
  type WorkingCalendar,
} from '@sunshine/shared';
import type { CalendarStore } from '../../ports/calendar-store';
import type { Clock } from '../../ports/clock';
import type { ServiceLevelSource } from '../../ports/service-level-source';
import type { OfficeList } from '../bureau/offices';
import {
  calendarYears,
  countApplication,
  countedCaseView,
  countQuestion,
  countsIn,
  officeNamer,
  serviceLevelRows,
  type CountedCase,
} from './figures';

export interface ServiceLevelDeps {
  source: ServiceLevelSource;
  calendars: Pick<CalendarStore, 'get'>;
  offices: OfficeList;
  clock: Clock;
}

/** A year's cases, counted: both kinds read together (#173, #174), each calendar they cross once (#35). */
async function countedCasesOf(deps: ServiceLevelDeps, year: number, now: Date) {
  const [questions, applications, offices] = await Promise.all([
    deps.source.questionsOfYear(year),
    deps.source.applicationsOfYear(year),
    deps.offices(),
  ]);
  const found = await Promise.all(
    calendarYears(year, questions, applications).map((each) => deps.calendars.get(each)),
  );
  const calendars = found.filter((calendar): calendar is WorkingCalendar => !!calendar);
  const cases: CountedCase[] = [
    ...questions.map((question) => countQuestion(question, calendars, now)),
    ...applications.map((application) => countApplication(application, calendars, now)),
  ];
  return { cases, officeName: officeNamer(offices) };
}

const inMonth = (month: string | undefined) => (counted: CountedCase) =>
  month === undefined || counted.receivedOn.startsWith(`${month}-`);

/** 服务质量: a year's (or one month's) figures by month received × office × kind, with totals. */
export async function serviceLevels(
  deps: ServiceLevelDeps,
  query: ServiceLevelQuery,
): Promise<ServiceLevelsView> {
  const now = deps.clock.now();
  const { cases, officeName } = await countedCasesOf(deps, query.year, now);
  const { rows, totals } = serviceLevelRows(cases.filter(inMonth(query.month)), officeName);
  return {
    year: query.year,
    ...(query.month && { month: query.month }),
    asOf: chinaDate(now),
    asOfTime: chinaDateTime(now),
    rows,
    totals,
    approximate: rows.some((row) => row.approximate),
  };
}

/** The cases behind one figure (#176): computed again, the cell's cases kept, oldest first. */
export async function serviceLevelCases(
  deps: ServiceLevelDeps,
  query: ServiceCasesQuery,
): Promise<ServiceCasesView> {
  const { cases, officeName } = await countedCasesOf(deps, query.year, deps.clock.now());
  const kept = cases
    .filter(inMonth(query.month))
    .filter((counted) => counted.kind === query.kind)
    .filter((counted) => query.office === undefined || counted.office === query.office)
    .filter((counted) => countsIn(counted, query.figure))
    .sort((a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id));
  const where = [query.month ?? `${query.year} 年`, query.office && officeName(query.office)];
  return {
    label: [
      ...where.filter(Boolean),
      CASE_KIND_LABELS[query.kind],
      SERVICE_FIGURE_LABELS[query.figure],
    ].join(' · '),
    cases: kept.map((counted) => countedCaseView(counted, officeName)),
  };
}
