import { Text, View } from '@tarojs/components';
import type { RevisionView } from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { listRevisions } from '../../../../services/staff';
import { formatDateTime } from '../../components/format-time';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { ChangeRow } from '../../components/change-row';
import './index.scss';
import { usePageParams } from '../../../../hooks/use-page-params';

/** Every published version of an item, newest first, with what each one changed. */
export default function Revisions() {
  const id = usePageParams().id ?? '';
  const remote = useRemote(() => listRevisions(id), [id]);
  const revisions = [...(remote.data ?? [])].sort((a, b) => b.version - a.version);
  return (
    <View className='revisions'>
      <StaffPageState
        loading={remote.loading}
        error={remote.error}
        empty={revisions.length === 0}
        emptyText='尚未发布过，暂无版本记录'
        onRetry={remote.reload}
      >
        {revisions.map((revision) => (
          <Revision key={revision.version} revision={revision} />
        ))}
      </StaffPageState>
    </View>
  );
}

function Revision({ revision }: { revision: RevisionView }) {
  return (
    <StaffCard title={`第 ${revision.version} 版`}>
      <Text className='revisions__title'>{revision.title}</Text>
      <Text className='revisions__meta'>
        {formatDateTime(revision.publishedAt)} · {revision.publishedBy.displayName} 发布
      </Text>
      <View className='revisions__changes'>
        {revision.changes.length === 0 ? (
          <Text className='revisions__meta'>内容无变化</Text>
        ) : (
          revision.changes.map((change) => <ChangeRow key={change.field} change={change} />)
        )}
      </View>
    </StaffCard>
  );
}
