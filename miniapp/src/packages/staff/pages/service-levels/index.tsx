import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  CASE_KIND_LABELS,
  chinaClock,
  NO_OFFICE,
  RATING_LABELS,
  RATING_SCORES,
  type ServiceFigure,
  type ServiceLevelRow,
} from '@sunshine/shared';
import { ChipRow } from '../../../../components/chip-row';
import { useRemote } from '../../../../hooks/use-remote';
import { exportServiceLevels, getServiceLevels } from '../../../../services/service-levels';
import { ActionButton } from '../../components/action-button';
import { Notice } from '../../components/notice';
import { ExportedFilePanel, useExportFile } from '../../components/export-file';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { CaseList, type FigureChoice } from './case-list';
import './index.scss';

const WHOLE_YEAR = '';
const MONTHS = Array.from({ length: 12 }, (_, index) => String(index + 1).padStart(2, '0'));

/** This year and the two before it. */
function yearsOffered(): number[] {
  const thisYear = chinaClock(new Date()).year;
  return [thisYear, thisYear - 1, thisYear - 2];
}

/**
 * 服务质量: how questions and disclosure applications are answered, by month received and office:
 * on time, late, past due, working days to answer, 好差评. Each figure opens its cases; CSV export.
 */
export default function ServiceLevelsPage() {
  const years = yearsOffered();
  const [year, setYear] = useState(years[0]!);
  const [month, setMonth] = useState(WHOLE_YEAR);
  const [choice, setChoice] = useState<FigureChoice>();
  const selection = { year, month: month || undefined };
  const levels = useRemote(() => getServiceLevels(selection), [year, month]);
  const { start, running: exporting, failure: exportFailure, file: exported } = useExportFile();

  const pickYear = (picked: number) => {
    setYear(picked);
    setMonth(WHOLE_YEAR);
    setChoice(undefined);
  };
  const pickMonth = (picked: string) => {
    setMonth(picked);
    setChoice(undefined);
  };
  const exportCsv = () => start(() => exportServiceLevels(selection));
  const open = (row: ServiceLevelRow, figure: ServiceFigure) =>
    setChoice({
      year,
      month: row.month || selection.month,
      ...(row.office && { office: row.office }),
      kind: row.kind,
      figure,
    });

  return (
    <View className='service-levels'>
      <ChipRow
        chips={years.map((option) => ({ key: option, label: `${option}年` }))}
        active={year}
        onPick={pickYear}
      />
      <ChipRow
        small
        chips={[
          { key: WHOLE_YEAR, label: '全年' },
          ...MONTHS.map((each) => ({ key: `${year}-${each}`, label: `${Number(each)}月` })),
        ]}
        active={month}
        onPick={pickMonth}
      />
      <StaffPageState
        loading={levels.loading && !levels.data}
        error={levels.error}
        onRetry={levels.reload}
      >
        {levels.data && (
          <>
            {levels.data.approximate && (
              <Notice tone='warning'>
                部分年度尚未录入工作日历，标“约”的期限和用时按周末估算。
              </Notice>
            )}
            <StaffCard title={`${month || `${year}年`}合计（统计截至 ${levels.data.asOfTime}）`}>
              {levels.data.totals.map((total) => (
                <Figures key={total.kind} row={total} onOpen={open} />
              ))}
            </StaffCard>
            {choice && <CaseList choice={choice} onClose={() => setChoice(undefined)} />}
            <StaffCard title='按月份和科室'>
              {levels.data.rows.length > 0 &&
                levels.data.rows.every((row) => row.office === NO_OFFICE) && (
                  <Text className='service-levels__note'>
                    留言和申请尚未分科室受理，暂按本机关统计。
                  </Text>
                )}
              {levels.data.rows.length === 0 && (
                <Text className='service-levels__empty'>所选期间没有受理的留言或申请</Text>
              )}
              {levels.data.rows.map((row) => (
                <Figures key={`${row.month}|${row.office}|${row.kind}`} row={row} onOpen={open} />
              ))}
            </StaffCard>
            {exportFailure && <Notice tone='error'>{exportFailure}</Notice>}
            {exported && <ExportedFilePanel file={exported} />}
            <ActionButton variant='secondary' busy={exporting} onClick={() => void exportCsv()}>
              导出 CSV
            </ActionButton>
          </>
        )}
      </StaffPageState>
    </View>
  );
}

/** One row's figures; each count opens the cases behind it. */
function Figures({
  row,
  onOpen,
}: {
  row: ServiceLevelRow;
  onOpen: (row: ServiceLevelRow, figure: ServiceFigure) => void;
}) {
  const about = row.approximate ? '约 ' : '';
  const days = (value?: number) => (value === undefined ? '—' : `${about}${value} 个工作日`);
  const heading = row.month
    ? `${row.month} · ${row.officeName} · ${CASE_KIND_LABELS[row.kind]}`
    : CASE_KIND_LABELS[row.kind];
  const cell = (label: string, value: number, figure: ServiceFigure) => (
    <View
      className={`service-levels__cell${value > 0 ? ' service-levels__cell--open' : ''}`}
      onClick={() => value > 0 && onOpen(row, figure)}
    >
      <Text>{label}</Text>
      <Text className='service-levels__value'>{value}</Text>
    </View>
  );
  return (
    <View className='service-levels__row' aria-label={heading}>
      <Text className='service-levels__heading'>{heading}</Text>
      <View className='service-levels__grid'>
        {cell('受理', row.received, 'received')}
        {cell('按期答复', row.onTime, 'on_time')}
        {cell('逾期答复', row.late, 'late')}
        {cell('超期未答复', row.openPastDue, 'open_past_due')}
      </View>
      <View
        className={`service-levels__days${row.answered > 0 ? ' service-levels__cell--open' : ''}`}
        onClick={() => row.answered > 0 && onOpen(row, 'answered')}
      >
        <Text>
          用时中位数 {days(row.medianDays)}，90% 在 {days(row.p90Days)} 内（已答复 {row.answered}）
        </Text>
      </View>
      {row.ratings && (
        <View className='service-levels__grid'>
          {RATING_SCORES.map((score) => (
            <View key={score} className='service-levels__rating'>
              {cell(RATING_LABELS[score], row.ratings![score], `rated_${score}`)}
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
