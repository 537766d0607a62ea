import * as v from 'valibot';
import type { RatingScore } from './feedback';

/**
 * 服务质量: how well questions (我要留言, answered by responders) and disclosure applications
 * (依申请公开, handled by disclosers) are answered, by month received and office.
 */
export const CASE_KINDS = ['question', 'application'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  question: '群众留言',
  application: '依申请公开',
};

/** The office of a case that names none (none does yet): the bureau as a whole. */
export const NO_OFFICE = '_';
export const NO_OFFICE_LABEL = '本机关';

/**
 * The figures whose cases can be listed: received in the month; answered (the cases behind the
 * median and 90th percentile); answered by the deadline; answered after it; unanswered and past
 * it now; rated at each 好差评 level.
 */
export const SERVICE_FIGURES = [
  'received',
  'answered',
  'on_time',
  'late',
  'open_past_due',
  'rated_5',
  'rated_4',
  'rated_3',
  'rated_2',
  'rated_1',
] as const;
export type ServiceFigure = (typeof SERVICE_FIGURES)[number];
export const SERVICE_FIGURE_LABELS: Record<ServiceFigure, string> = {
  received: '受理',
  answered: '已答复',
  on_time: '按期答复',
  late: '逾期答复',
  open_past_due: '超期未答复',
  rated_5: '非常满意',
  rated_4: '满意',
  rated_3: '基本满意',
  rated_2: '不满意',
  rated_1: '非常不满意',
};

const YearSchema = v.pipe(
  v.string('请填写年度'),
  v.regex(/^20\d\d$/, '年度须为 2000 到 2099 之间的四位数'),
  v.transform(Number),
);
const MonthSchema = v.pipe(v.string(), v.regex(/^20\d\d-(0[1-9]|1[0-2])$/, '月份格式须为 YYYY-MM'));
const monthInYear = (input: { year: number; month?: string }) =>
  input.month === undefined || input.month.startsWith(`${input.year}-`);

export const ServiceLevelQuerySchema = v.pipe(
  v.object({ year: YearSchema, month: v.optional(MonthSchema) }),
  v.forward(v.partialCheck([['year'], ['month']], monthInYear, '月份须在所选年度内'), ['month']),
);
export type ServiceLevelQuery = v.InferOutput<typeof ServiceLevelQuerySchema>;

export const ServiceCasesQuerySchema = v.pipe(
  v.object({
    year: YearSchema,
    month: v.optional(MonthSchema),
    /** An office id, or NO_OFFICE; absent: every office. */
    office: v.optional(v.pipe(v.string(), v.maxLength(64, '科室不正确'))),
    kind: v.picklist(CASE_KINDS, '请选择类别（留言或依申请公开）'),
    figure: v.picklist(SERVICE_FIGURES, '未知的统计项'),
  }),
  v.forward(v.partialCheck([['year'], ['month']], monthInYear, '月份须在所选年度内'), ['month']),
);
export type ServiceCasesQuery = v.InferOutput<typeof ServiceCasesQuerySchema>;

/** Counts of answers rated at each 好差评 level (questions only: applications are not rated). */
export type RatingDistribution = Record<RatingScore, number>;

/** One kind's figures for one month and office (or, in `totals`, for the whole selection). */
export interface ServiceLevelRow {
  /** YYYY-MM received; '' in a total. */
  month: string;
  /** An office id or NO_OFFICE; '' in a total. */
  office: string;
  officeName: string;
  kind: CaseKind;
  received: number;
  answered: number;
  onTime: number;
  late: number;
  openPastDue: number;
  /** Working days from receipt to answer, nearest rank; absent when nothing was answered. */
  medianDays?: number;
  p90Days?: number;
  /** Questions only. */
  ratings?: RatingDistribution;
  /** A deadline or a count crossed a year without its working-day calendar (weekends only). */
  approximate: boolean;
}

export interface ServiceLevelsView {
  year: number;
  month?: string;
  /** The China date the figures were computed on: "open past due" is as of this day. */
  asOf: string;
  /** The China time (YYYY-MM-DD HH:mm) they were computed at: an urgent question is past due by the hour. */
  asOfTime: string;
  rows: ServiceLevelRow[];
  /** One per kind over the whole selection (medians of all its cases, not of the rows). */
  totals: ServiceLevelRow[];
  approximate: boolean;
}

/** A case behind a figure, as staff pages already show it: no text, no name, no contact. */
export interface ServiceCaseView {
  id: string;
  kind: CaseKind;
  /** A question's kind label (一般咨询…). */
  subKind?: string;
  officeName: string;
  receivedOn: string;
  dueOn?: string;
  answeredOn?: string;
  workingDays?: number;
  state: 'on_time' | 'late' | 'open_past_due' | 'open';
  score?: RatingScore;
  approximate: boolean;
}

export interface ServiceCasesView {
  label: string;
  cases: ServiceCaseView[];
}
