import { Text } from '@tarojs/components';
import type { WorkflowItemView } from '@sunshine/shared';
import { ChangeRow } from '../../components/change-row';
import { StaffCard } from '../../components/staff-card';

/**
 * A new version of a published item, as the reviewer approves it: what it changes from the
 * published version, long text sentence by sentence, as on 版本记录.
 */
export function PendingChanges({ item }: { item: WorkflowItemView }) {
  const changes = item.pendingChanges;
  if (!changes) return null;
  return (
    <StaffCard title={`与已发布的第 ${item.publishedVersion} 版相比`}>
      {changes.length === 0 ? (
        <Text className='review__unchanged'>内容无变化</Text>
      ) : (
        changes.map((change) => <ChangeRow key={change.field} change={change} />)
      )}
    </StaffCard>
  );
}
