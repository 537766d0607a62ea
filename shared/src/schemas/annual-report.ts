import * as v from 'valibot';
import type { FieldIssue } from '../errors';
import {
  APPLICANT_CATEGORIES,
  APPLICANT_CATEGORY_LABELS,
  OUTCOMES,
  OUTCOME_GROUPS,
  OUTCOME_GROUP_LABELS,
  OUTCOME_RULES,
  type ApplicantCategory,
  type Outcome,
  type OutcomeGroup,
} from './disclosure-terms';

/**
 * 政府信息公开工作年度报告 in the format of 国办公开办函〔2021〕30号: six sections, the tables of
 * sections 2–4 as data (rows and columns with the format's labels), and the checks the format
 * implies (whole numbers, every 总计 equal to its parts, applications balanced per column). The
 * staff page, the functions, the resident page, the CSV and the printable page all read these
 * tables, so a label is written once.
 */

export const REPORT_SECTIONS = [
  { key: 'overview', title: '一、总体情况' },
  { key: 'proactive', title: '二、主动公开政府信息情况' },
  { key: 'applications', title: '三、收到和处理政府信息公开申请情况' },
  { key: 'remedies', title: '四、政府信息公开行政复议、行政诉讼情况' },
  { key: 'problems', title: '五、存在的主要问题及改进情况' },
  { key: 'other', title: '六、其他需要报告的事项' },
] as const;
export type ReportSectionKey = (typeof REPORT_SECTIONS)[number]['key'];

// Section 2 (主动公开): four small tables by the items of art. 20.

/** Section 2, art. 20(一): the documents the product counts itself (by 文件类型). */
export const RULE_ROWS = ['regulation', 'normative'] as const;
export type RuleRow = (typeof RULE_ROWS)[number];
export const RULE_ROW_LABELS: Record<RuleRow, string> = {
  regulation: '规章',
  normative: '行政规范性文件',
};
export const RULE_COLUMNS = ['made', 'repealed', 'in_force'] as const;
export type RuleColumn = (typeof RULE_COLUMNS)[number];
export const RULE_COLUMN_LABELS: Record<RuleColumn, string> = {
  made: '本年制发件数',
  repealed: '本年废止件数',
  in_force: '现行有效件数',
};

/** Section 2, art. 20(五) and (六): decision counts staff enter (the product holds no such cases). */
export const DECISION_ROWS = ['licensing', 'penalty', 'coercion'] as const;
export type DecisionRow = (typeof DECISION_ROWS)[number];
export const DECISION_ROW_LABELS: Record<DecisionRow, string> = {
  licensing: '行政许可',
  penalty: '行政处罚',
  coercion: '行政强制',
};
export const DECISION_COLUMN_LABEL = '本年处理决定数量';
export const FEE_ROW_LABEL = '行政事业性收费';
export const FEE_COLUMN_LABEL = '本年收费金额（单位：万元）';

/** The sub-tables of section 2 as the format prints them, each under the item of art. 20 it serves. */
export const PROACTIVE_TABLES = [
  { key: 'rules', heading: '第二十条第（一）项', rows: ['regulation', 'normative'] },
  { key: 'licensing', heading: '第二十条第（五）项', rows: ['licensing'] },
  { key: 'enforcement', heading: '第二十条第（六）项', rows: ['penalty', 'coercion'] },
  { key: 'fees', heading: '第二十条第（八）项', rows: ['fees'] },
] as const;

// Section 3 (依申请公开): one table.

export const APPLICATION_COLUMNS = [...APPLICANT_CATEGORIES, 'total'] as const;
export type ApplicationColumn = (typeof APPLICATION_COLUMNS)[number];
export const APPLICATION_COLUMN_LABELS: Record<ApplicationColumn, string> = {
  ...APPLICANT_CATEGORY_LABELS,
  total: '总计',
};
/** The heading over the five kinds of organisation (法人或其他组织 spans five columns). */
export const ORGANIZATION_COLUMNS_LABEL = '法人或其他组织';
export const ORGANIZATION_COLUMNS = APPLICANT_CATEGORIES.filter((c) => c !== 'natural_person');
/** A column named in a message: 「法人或其他组织·其他」 rather than a bare 「其他」. */
export function applicationColumnName(column: ApplicationColumn): string {
  return column === 'natural_person' || column === 'total'
    ? APPLICATION_COLUMN_LABELS[column]
    : `${ORGANIZATION_COLUMNS_LABEL}·${APPLICATION_COLUMN_LABELS[column]}`;
}

export const APPLICATION_ROWS = [
  'received',
  'carried_in',
  ...OUTCOMES,
  'outcome_total',
  'carried_out',
] as const;
export type ApplicationRow = (typeof APPLICATION_ROWS)[number];

const OUTCOME_HEADING = '三、本年度办理结果';
/** The groups of 三 whose single outcome is the whole group (no numbered sub-rows). */
const SINGLE_ROW_GROUPS: readonly OutcomeGroup[] = ['disclosed', 'partly_disclosed'];

/** A row's label as the format prints it in the table (outcome rows without their group). */
export function applicationRowLabel(row: ApplicationRow): string {
  switch (row) {
    case 'received':
      return '一、本年新收政府信息公开申请数量';
    case 'carried_in':
      return '二、上年结转政府信息公开申请数量';
    case 'outcome_total':
      return '（七）总计';
    case 'carried_out':
      return '四、结转下年度继续办理';
    default:
      return SINGLE_ROW_GROUPS.includes(OUTCOME_RULES[row].group)
        ? OUTCOME_GROUP_LABELS[OUTCOME_RULES[row].group]
        : OUTCOME_RULES[row].label;
  }
}

/** A row's full name, for messages and CSV: 「三、本年度办理结果（三）不予公开 1. 属于国家秘密」. */
export function applicationRowName(row: ApplicationRow): string {
  if (row === 'outcome_total') return `${OUTCOME_HEADING}（七）总计`;
  if (row === 'received' || row === 'carried_in' || row === 'carried_out')
    return applicationRowLabel(row);
  const group = OUTCOME_RULES[row].group;
  const groupLabel = OUTCOME_GROUP_LABELS[group].replace(/（区分处理的.*）$/, '');
  return SINGLE_ROW_GROUPS.includes(group)
    ? `${OUTCOME_HEADING}${groupLabel}`
    : `${OUTCOME_HEADING}${groupLabel} ${OUTCOME_RULES[row].label}`;
}

/** Row 三's groups, each with its outcome rows, in the format's order (for pages and the CSV). */
export const OUTCOME_ROWS_BY_GROUP: { group: OutcomeGroup; label: string; rows: Outcome[] }[] =
  OUTCOME_GROUPS.map((group) => ({
    group,
    label: OUTCOME_GROUP_LABELS[group],
    rows: OUTCOMES.filter((outcome) => OUTCOME_RULES[outcome].group === group),
  }));

// Section 4 (复议、诉讼): one row of three column groups.

export const REMEDY_KINDS = ['review', 'litigation_direct', 'litigation_after_review'] as const;
export type RemedyKind = (typeof REMEDY_KINDS)[number];
export const REMEDY_KIND_LABELS: Record<RemedyKind, string> = {
  review: '行政复议',
  litigation_direct: '行政诉讼（未经复议直接起诉）',
  litigation_after_review: '行政诉讼（复议后起诉）',
};
export const REMEDY_COLUMNS = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type RemedyColumn = (typeof REMEDY_COLUMNS)[number];
export const REMEDY_COLUMN_LABELS: Record<RemedyColumn, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

// The figures.

export type RuleFigures = Record<RuleRow, Record<RuleColumn, number>>;
export type ApplicationFigures = Record<ApplicationRow, Record<ApplicationColumn, number>>;
export type RemedyFigures = Record<RemedyKind, Record<RemedyColumn, number>>;

/** What the product computes from its own records (section 2's 规章/规范性文件, section 3 whole). */
export interface ComputedReportTables {
  rules: RuleFigures;
  applications: ApplicationFigures;
}

/** The narrative sections 1, 5 and 6. */
export interface ReportNarrative {
  overview: string;
  problems: string;
  other: string;
}

/** What staff enter: what the product cannot know. */
export interface ReportStaffInputs {
  decisions: Record<DecisionRow, number>;
  /** 行政事业性收费 in 万元, up to 4 decimals (to the 元). */
  feeAmount: number;
  remedies: RemedyFigures;
  narrative: ReportNarrative;
}

/** Every figure of the report: what the product computed and what staff entered. */
export interface AnnualReportTables extends ComputedReportTables {
  decisions: Record<DecisionRow, number>;
  feeAmount: number;
  remedies: RemedyFigures;
}

/** Sum of some cells of a record. */
const sum = <K extends string>(cells: Record<K, number>, keys: readonly K[]) =>
  keys.reduce((total, key) => total + (cells[key] ?? 0), 0);

const REMEDY_PARTS = REMEDY_COLUMNS.filter((c) => c !== 'total');
const MAX_COUNT = 10_000_000;

/** A count cell: a whole number ≥ 0, the message naming its row and column. */
const count = (name: string) =>
  v.pipe(
    v.number(`${name} 请填写数字`),
    v.integer(`${name} 须为整数`),
    v.minValue(0, `${name} 不能小于 0`),
    v.maxValue(MAX_COUNT, `${name} 数字过大`),
  );

const record = <K extends string, S extends v.GenericSchema>(
  keys: readonly K[],
  schemaOf: (key: K) => S,
) => v.object(Object.fromEntries(keys.map((key) => [key, schemaOf(key)])) as Record<K, S>);

const FEE_NAME = `二、${FEE_ROW_LABEL} ${FEE_COLUMN_LABEL}`;
export const FeeAmountSchema = v.pipe(
  v.number(`${FEE_NAME} 请填写数字`),
  v.minValue(0, `${FEE_NAME} 不能小于 0`),
  v.maxValue(MAX_COUNT, `${FEE_NAME} 数字过大`),
  v.check(
    (amount) => Math.abs(Math.round(amount * 10_000) - amount * 10_000) < 1e-6,
    `${FEE_NAME} 最多保留 4 位小数（精确到元）`,
  ),
);

const DecisionsSchema = record(DECISION_ROWS, (row) =>
  count(`二、${DECISION_ROW_LABELS[row]} ${DECISION_COLUMN_LABEL}`),
);
const RemedyCellsSchema = record(REMEDY_KINDS, (kind) =>
  record(REMEDY_COLUMNS, (column) =>
    count(`四、${REMEDY_KIND_LABELS[kind]} ${REMEDY_COLUMN_LABELS[column]}`),
  ),
);
const RuleCellsSchema = record(RULE_ROWS, (row) =>
  record(RULE_COLUMNS, (column) =>
    count(`二、${RULE_ROW_LABELS[row]} ${RULE_COLUMN_LABELS[column]}`),
  ),
);
const ApplicationCellsSchema = record(APPLICATION_ROWS, (row) =>
  record(APPLICATION_COLUMNS, (column) =>
    count(`${applicationRowName(row)} · ${applicationColumnName(column)}`),
  ),
);

/** Section 4: each kind's 总计 equals its four results. */
export function remedyIssues(remedies: RemedyFigures): FieldIssue[] {
  return REMEDY_KINDS.flatMap((kind) => {
    const expected = sum(remedies[kind], REMEDY_PARTS);
    return remedies[kind].total === expected
      ? []
      : [
          {
            field: `remedies.${kind}.total`,
            message: `四、${REMEDY_KIND_LABELS[kind]} 总计 应等于各项之和（应为 ${expected}）`,
          },
        ];
  });
}

/**
 * Section 3: each row's 总计 equals its six columns; each column's （七）总计 equals its 21 outcome
 * rows; and per column 新收 + 上年结转 = 办理结果总计 + 结转下年度.
 */
export function applicationIssues(figures: ApplicationFigures): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const row of APPLICATION_ROWS) {
    const expected = sum(figures[row], APPLICANT_CATEGORIES);
    if (figures[row].total !== expected)
      issues.push({
        field: `applications.${row}.total`,
        message: `${applicationRowName(row)} 总计 应等于各列之和（应为 ${expected}）`,
      });
  }
  for (const column of APPLICATION_COLUMNS) {
    const expected = OUTCOMES.reduce((total, outcome) => total + figures[outcome][column], 0);
    if (figures.outcome_total[column] !== expected)
      issues.push({
        field: `applications.outcome_total.${column}`,
        message: `${applicationRowName('outcome_total')} · ${applicationColumnName(column)} 应等于各项办理结果之和（应为 ${expected}）`,
      });
    const inflow = figures.received[column] + figures.carried_in[column];
    const outflow = figures.outcome_total[column] + figures.carried_out[column];
    if (inflow !== outflow)
      issues.push({
        field: `applications.carried_out.${column}`,
        message: `${applicationColumnName(column)}：一、新收 + 二、上年结转（${inflow}）应等于 三、办理结果总计 + 四、结转下年度（${outflow}）`,
      });
  }
  return issues;
}

/** Pass a function's issues to valibot at their own fields (so a form shows each beside its cell). */
const issuesCheck = <T>(issuesOf: (value: T) => FieldIssue[]) =>
  v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    for (const issue of issuesOf(dataset.value)) {
      const keys = issue.field.split('.');
      let input: unknown = dataset.value;
      const path = keys.map((key) => {
        const parent = input as Record<string, unknown>;
        input = parent[key];
        return {
          type: 'object' as const,
          origin: 'value' as const,
          input: parent,
          key,
          value: input,
        };
      });
      addIssue({ message: issue.message, path: path as never });
    }
  });

const narrativeField = (label: string) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.maxLength(20000, `${label}不能超过 20000 字`));

export const ReportNarrativeSchema = v.object({
  overview: narrativeField('一、总体情况'),
  problems: narrativeField('五、存在的主要问题及改进情况'),
  other: narrativeField('六、其他需要报告的事项'),
});

/** What staff enter for a year: checked on the staff page and by the functions with this schema. */
export const ReportStaffInputsSchema = v.pipe(
  v.object({
    decisions: DecisionsSchema,
    feeAmount: FeeAmountSchema,
    remedies: RemedyCellsSchema,
    narrative: ReportNarrativeSchema,
  }),
  issuesCheck((inputs: ReportStaffInputs) => remedyIssues(inputs.remedies)),
) as unknown as v.GenericSchema<ReportStaffInputs>;

/** Every figure of a report, as submitted for review and published: all checks of the format. */
export const AnnualReportTablesSchema = v.pipe(
  v.object({
    rules: RuleCellsSchema,
    applications: ApplicationCellsSchema,
    decisions: DecisionsSchema,
    feeAmount: FeeAmountSchema,
    remedies: RemedyCellsSchema,
  }),
  issuesCheck((tables: AnnualReportTables) => [
    ...applicationIssues(tables.applications),
    ...remedyIssues(tables.remedies),
  ]),
) as unknown as v.GenericSchema<AnnualReportTables>;

/** The years a report may be made for: from the 2008 regulation's first year to well ahead. */
export const ReportYearSchema = v.pipe(
  v.number('请填写年度'),
  v.integer('年度须为整数'),
  v.minValue(2008, '年度不能早于 2008 年'),
  v.maxValue(2100, '年度不能晚于 2100 年'),
);

/** A year as a path parameter: text, read as a number and checked as ReportYearSchema. */
export const ReportYearPathSchema = v.pipe(
  v.string('请填写年度'),
  v.regex(/^\d{4}$/, '年度须为四位数字'),
  v.transform(Number),
  ReportYearSchema,
);

/** An empty set of staff inputs (every figure 0, no text), for a new report. */
export function emptyStaffInputs(): ReportStaffInputs {
  const zeros = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  return {
    decisions: zeros(DECISION_ROWS),
    feeAmount: 0,
    remedies: Object.fromEntries(
      REMEDY_KINDS.map((kind) => [kind, zeros(REMEDY_COLUMNS)]),
    ) as RemedyFigures,
    narrative: { overview: '', problems: '', other: '' },
  };
}

/** The title a report is published under. */
export const annualReportTitle = (bureauName: string, year: number) =>
  `${bureauName}${year}年政府信息公开工作年度报告`;

/** The key of one computed cell, as the staff page asks for the records behind it. */
export type ReportCellKey =
  `rules.${RuleRow}.${RuleColumn}` | `applications.${ApplicationRow}.${ApplicationColumn}`;

export const isApplicantCategory = (column: string): column is ApplicantCategory =>
  (APPLICANT_CATEGORIES as readonly string[]).includes(column);

/** Section 2's entered figures as lines of text (staff compare versions by them). */
export function decisionLines(inputs: Pick<ReportStaffInputs, 'decisions' | 'feeAmount'>): string {
  return [
    ...DECISION_ROWS.map(
      (row) => `${DECISION_ROW_LABELS[row]} ${DECISION_COLUMN_LABEL}：${inputs.decisions[row]}`,
    ),
    `${FEE_ROW_LABEL} ${FEE_COLUMN_LABEL}：${inputs.feeAmount}`,
  ].join('\n');
}

/** Section 4 as lines of text. */
export function remedyLines(remedies: RemedyFigures): string {
  return REMEDY_KINDS.map(
    (kind) =>
      `${REMEDY_KIND_LABELS[kind]}：${REMEDY_COLUMNS.map((column) => `${REMEDY_COLUMN_LABELS[column]} ${remedies[kind][column]}`).join('，')}`,
  ).join('\n');
}

/** The narrative sections with their titles, as one text (search reads it). */
export function narrativeText(narrative: ReportNarrative): string {
  return [
    `一、总体情况\n${narrative.overview}`,
    `五、存在的主要问题及改进情况\n${narrative.problems}`,
    `六、其他需要报告的事项\n${narrative.other}`,
  ].join('\n');
}

// The tables as published: each as rows of text (the first its header), for the CSV, the printable
// page and the resident page alike.

export const REPORT_TABLES = ['rules', 'decisions', 'fees', 'applications', 'remedies'] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
export const REPORT_TABLE_LABELS: Record<ReportTable, string> = {
  rules: '二、主动公开政府信息情况：第二十条第（一）项',
  decisions: '二、主动公开政府信息情况：第二十条第（五）项、第（六）项',
  fees: '二、主动公开政府信息情况：第二十条第（八）项',
  applications: '三、收到和处理政府信息公开申请情况',
  remedies: '四、政府信息公开行政复议、行政诉讼情况',
};
export const ReportTableSchema = v.picklist(
  REPORT_TABLES,
  `表格须为以下之一：${REPORT_TABLES.join('、')}`,
);

/** The fee in 万元 as printed: up to 4 decimals, no trailing zeros. */
export const feeAmountText = (amount: number) => String(Number(amount.toFixed(4)));

/** One table of a report as rows of text, the header first. */
export function reportTableRows(tables: AnnualReportTables, table: ReportTable): string[][] {
  switch (table) {
    case 'rules':
      return [
        ['信息内容', ...RULE_COLUMNS.map((column) => RULE_COLUMN_LABELS[column])],
        ...RULE_ROWS.map((row) => [
          RULE_ROW_LABELS[row],
          ...RULE_COLUMNS.map((column) => String(tables.rules[row][column])),
        ]),
      ];
    case 'decisions':
      return [
        ['信息内容', DECISION_COLUMN_LABEL],
        ...DECISION_ROWS.map((row) => [DECISION_ROW_LABELS[row], String(tables.decisions[row])]),
      ];
    case 'fees':
      return [
        ['信息内容', FEE_COLUMN_LABEL],
        [FEE_ROW_LABEL, feeAmountText(tables.feeAmount)],
      ];
    case 'applications':
      return [
        ['项目', ...APPLICATION_COLUMNS.map(applicationColumnName)],
        ...APPLICATION_ROWS.map((row) => [
          applicationRowName(row),
          ...APPLICATION_COLUMNS.map((column) => String(tables.applications[row][column])),
        ]),
      ];
    case 'remedies':
      return [
        ['类别', ...REMEDY_COLUMNS.map((column) => REMEDY_COLUMN_LABELS[column])],
        ...REMEDY_KINDS.map((kind) => [
          REMEDY_KIND_LABELS[kind],
          ...REMEDY_COLUMNS.map((column) => String(tables.remedies[kind][column])),
        ]),
      ];
  }
}

// The staff side: live figures, and the records behind a figure.

/** Every computed cell, and section 6's count of late publications. */
export const REPORT_CELL_KEYS = [
  ...RULE_ROWS.flatMap((row) => RULE_COLUMNS.map((column) => `rules.${row}.${column}` as const)),
  ...APPLICATION_ROWS.flatMap((row) =>
    APPLICATION_COLUMNS.map((column) => `applications.${row}.${column}` as const),
  ),
  'late_publications',
  'fees_charged',
] as const satisfies readonly (ReportCellKey | 'late_publications' | 'fees_charged')[];
export type ReportCell = (typeof REPORT_CELL_KEYS)[number];
export const ReportCellSchema = v.picklist(REPORT_CELL_KEYS, '没有这一项统计数字');

/** A computed cell named as the report prints it. */
export function reportCellLabel(cell: ReportCell): string {
  if (cell === 'late_publications') return '六、超过 20 个工作日公开的信息';
  if (cell === 'fees_charged') return '六、收取信息处理费';
  const [table, row, column] = cell.split('.') as [string, string, string];
  if (table === 'rules')
    return `二、${RULE_ROW_LABELS[row as RuleRow]} ${RULE_COLUMN_LABELS[column as RuleColumn]}`;
  return `${applicationRowName(row as ApplicationRow)} · ${applicationColumnName(column as ApplicationColumn)}`;
}

/** One record behind a figure: never an applicant's name or contact, only what identifies the case. */
export interface ReportCellRecord {
  id: string;
  kind: 'application' | 'document' | 'item';
  title: string;
  /** Dates, applicant type, outcome: what placed it in this cell. */
  detail: string;
}

export interface ReportCellRecordsView {
  year: number;
  cell: ReportCell;
  label: string;
  records: ReportCellRecord[];
}

/** Section 6: 信息处理费 (国办函〔2020〕109号) paid in the year: how many, and the sum in 元. */
export interface FeesCharged {
  count: number;
  amount: number;
}

/** 「收取信息处理费 2 件，共 1900 元」 as section 6 states it. */
export const feesChargedText = ({ count, amount }: FeesCharged) =>
  count === 0 ? '未收取信息处理费' : `收取信息处理费 ${count} 件，共 ${amount} 元`;
