import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from '@sunshine/shared';
import { usePagedList } from '../../../../hooks/use-paged-list';
import { exportAudit, listAudit } from '../../../../services/staff';
import { LoadMoreFooter } from '../../../../components/load-more-footer';
import { ActionButton } from '../../components/action-button';
import { ExportedFilePanel, useExportFile } from '../../components/export-file';
import { FormField } from '../../components/form-field';
import { chinaMonth } from '../../components/format-time';
import { Notice } from '../../components/notice';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { AuditEntry } from './audit-entry';
import './index.scss';

const ALL = 'all';
type ActionFilter = AuditAction | typeof ALL;
const ACTION_FILTERS: readonly ActionFilter[] = [ALL, ...AUDIT_ACTIONS];
const ACTION_FILTER_LABELS: Record<ActionFilter, string> = {
  [ALL]: '全部',
  ...AUDIT_ACTION_LABELS,
};

/** Who did what, month by month, filtered by action; exported as CSV for the records. */
export default function Audit() {
  const [month, setMonth] = useState(chinaMonth());
  const [filter, setFilter] = useState<ActionFilter>(ALL);
  const { start, running: exporting, failure: exportFailure, file: exported } = useExportFile();
  const action = filter === ALL ? undefined : filter;
  const list = usePagedList((cursor) => listAudit({ month, action, cursor }), [month, action]);

  const exportCsv = () => start(() => exportAudit({ month, action }));

  return (
    <View className='audit'>
      <StaffCard>
        <View className='audit__filters'>
          <View className='audit__filter'>
            <FormField label='月份'>
              <Picker
                mode='date'
                fields='month'
                value={month}
                end={chinaMonth()}
                onChange={(event) => setMonth(event.detail.value.slice(0, 7))}
              >
                <View className='form-field__picker'>
                  <Text>{month}</Text>
                  <Text className='form-field__picker-arrow'>选择 ›</Text>
                </View>
              </Picker>
            </FormField>
          </View>
          <View className='audit__filter'>
            <FormField label='操作类型'>
              <OptionPicker
                options={ACTION_FILTERS}
                labels={ACTION_FILTER_LABELS}
                value={filter}
                placeholder='全部'
                onChange={setFilter}
              />
            </FormField>
          </View>
        </View>
        {exportFailure && <Notice tone='error'>{exportFailure}</Notice>}
        <ActionButton
          variant='secondary'
          busy={Boolean(exporting)}
          onClick={() => void exportCsv()}
        >
          导出 CSV
        </ActionButton>
        {exported && <ExportedFilePanel file={exported} />}
      </StaffCard>

      <StaffCard title={`${month} 操作记录`}>
        <StaffPageState
          loading={list.loading}
          error={list.error}
          empty={list.items.length === 0}
          emptyText='本月暂无符合条件的记录'
          onRetry={() => void list.refresh()}
        >
          {list.items.map((entry) => (
            <AuditEntry key={entry.id} entry={entry} />
          ))}
          <LoadMoreFooter list={list} />
        </StaffPageState>
      </StaffCard>
    </View>
  );
}
