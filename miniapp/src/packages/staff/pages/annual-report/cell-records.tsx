import { Text, View } from '@tarojs/components';
import type { ReportCell } from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { listReportCellRecords } from '../../../../services/reports';
import { ActionButton } from '../../components/action-button';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';

/** The records behind one computed figure: case ids, dates and outcomes, never an applicant's name. */
export function CellRecords({
  year,
  cell,
  onClose,
}: {
  year: number;
  cell: ReportCell;
  onClose: () => void;
}) {
  const remote = useRemote(() => listReportCellRecords(year, cell), [year, cell]);
  return (
    <StaffCard
      title={remote.data ? `${remote.data.label}：${remote.data.records.length} 条` : '明细'}
    >
      <StaffPageState loading={remote.loading} error={remote.error} onRetry={remote.reload}>
        {remote.data?.records.map((record) => (
          <View key={`${record.kind}-${record.id}`} className='staff-report__record'>
            <Text className='staff-report__record-title'>{record.title}</Text>
            <Text className='staff-report__record-detail'>{record.detail}</Text>
          </View>
        ))}
      </StaffPageState>
      <ActionButton variant='secondary' onClick={onClose}>
        收起明细
      </ActionButton>
    </StaffCard>
  );
}
