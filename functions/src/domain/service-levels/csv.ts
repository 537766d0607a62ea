import {
  NO_OFFICE_LABEL,
  RATING_LABELS,
  RATING_SCORES,
  CASE_KIND_LABELS,
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
];

/**
 * The figures as CSV (UTF-8 with BOM, Chinese headers): one row per month × office × kind, as the
 * page shows them. Pure: the route answers it today; the file export can take it as it is.
 */
export function serviceLevelCsv(view: ServiceLevelsView): string {
  const figure = (value: number | undefined) => (value === undefined ? '' : String(value));
  return csvDocument([
    HEADERS,
    ...view.rows.map((row) => [
      row.month,
      row.officeName || NO_OFFICE_LABEL,
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
    ]),
  ]);
}
