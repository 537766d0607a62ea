import {
  NO_OFFICE_LABEL,
  RATING_LABELS,
  RATING_SCORES,
  CASE_KIND_LABELS,
  type ServiceLevelRow,
  type ServiceLevelsView,
} from '@sunshine/shared';
import { csvDocument } from '../../commons/csv';

const HEADERS = [
  '月份',
  '科室',
  '类别',
  '受理',
  '已答复',
  '按期答复',
  '逾期答复',
  '超期未答复',
  '答复用时中位数（工作日）',
  '答复用时第90百分位（工作日）',
  ...RATING_SCORES.map((score) => `好差评：${RATING_LABELS[score]}`),
  '是否估算',
  '统计截至',
];

/**
 * The figures as CSV (UTF-8 with BOM, Chinese headers): one row per month × office × kind, as the
 * page shows them, then a totals row per kind (全部科室, the year's or the month's); every row
 * names the China time it was counted at, the moment 超期未答复 is measured against. Pure: the
 * route answers it today; the file export can take it as it is.
 */
export function serviceLevelCsv(view: ServiceLevelsView): string {
  const figure = (value: number | undefined) => (value === undefined ? '' : String(value));
  const asOf = `${view.asOfTime}（北京时间）`;
  const line = (row: ServiceLevelRow, month: string, office: string) => [
    month,
    office,
    CASE_KIND_LABELS[row.kind],
    String(row.received),
    String(row.answered),
    String(row.onTime),
    String(row.late),
    String(row.openPastDue),
    figure(row.medianDays),
    figure(row.p90Days),
    ...RATING_SCORES.map((score) => (row.ratings ? String(row.ratings[score]) : '')),
    row.approximate ? '是（缺少工作日历，按周末估算）' : '否',
    asOf,
  ];
  const period = `${view.month ?? `${view.year}年`}合计`;
  return csvDocument([
    HEADERS,
    ...view.rows.map((row) => line(row, row.month, row.officeName || NO_OFFICE_LABEL)),
    ...view.totals.map((row) => line(row, period, '全部科室')),
  ]);
}
