import { Text, View } from '@tarojs/components';
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  applicationColumnName,
  applicationRowName,
  RULE_COLUMN_LABELS,
  RULE_COLUMNS,
  RULE_ROW_LABELS,
  RULE_ROWS,
  type ComputedReportTables,
  type FeesCharged,
  type ReportCell,
} from '@sunshine/shared';
import { StaffCard } from '../../components/staff-card';

/** A computed figure: tapped, it opens the records behind it (a 0 has none to open). */
function Cell({
  cell,
  label,
  value,
  onOpen,
}: {
  cell: ReportCell;
  label: string;
  value: number;
  onOpen: (cell: ReportCell) => void;
}) {
  return (
    <View
      className={`staff-report__cell${value > 0 ? ' staff-report__cell--open' : ''}`}
      hoverClass={value > 0 ? 'staff-report__cell--pressed' : 'none'}
      onClick={() => value > 0 && onOpen(cell)}
    >
      <Text className='staff-report__cell-label'>{label}</Text>
      <Text className='staff-report__cell-value'>{value}</Text>
    </View>
  );
}

/**
 * What the product computed from its records, as rows of figures: every figure above 0 opens the
 * records behind it, so a reviewer can check any number.
 */
export function ComputedTables({
  tables,
  latePublications,
  feesCharged,
  onOpen,
}: {
  tables: ComputedReportTables;
  latePublications: number;
  feesCharged: FeesCharged;
  onOpen: (cell: ReportCell) => void;
}) {
  return (
    <>
      <StaffCard title='二、主动公开：规章和行政规范性文件（系统统计）'>
        {RULE_ROWS.map((row) => (
          <View key={row} className='staff-report__row'>
            <Text className='staff-report__row-label'>{RULE_ROW_LABELS[row]}</Text>
            {RULE_COLUMNS.map((column) => (
              <Cell
                key={column}
                cell={`rules.${row}.${column}`}
                label={RULE_COLUMN_LABELS[column]}
                value={tables.rules[row][column]}
                onOpen={onOpen}
              />
            ))}
          </View>
        ))}
      </StaffCard>
      <StaffCard title='三、收到和处理政府信息公开申请情况（系统统计）'>
        {APPLICATION_ROWS.map((row) => (
          <View key={row} className='staff-report__row'>
            <Text className='staff-report__row-label'>{applicationRowName(row)}</Text>
            <View className='staff-report__grid'>
              {APPLICATION_COLUMNS.map((column) => (
                <Cell
                  key={column}
                  cell={`applications.${row}.${column}`}
                  label={applicationColumnName(column).replace('法人或其他组织·', '')}
                  value={tables.applications[row][column]}
                  onOpen={onOpen}
                />
              ))}
            </View>
          </View>
        ))}
      </StaffCard>
      <StaffCard title='六、其他需要报告的事项（系统统计）'>
        <Cell
          cell='late_publications'
          label='超过 20 个工作日公开的信息（条）'
          value={latePublications}
          onOpen={onOpen}
        />
        <Cell
          cell='fees_charged'
          label={`收取信息处理费（件；共 ${feesCharged.amount} 元）`}
          value={feesCharged.count}
          onOpen={onOpen}
        />
      </StaffCard>
    </>
  );
}
