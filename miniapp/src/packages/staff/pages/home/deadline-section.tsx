import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { KIND_LABELS, PUBLICATION_DEADLINE, type PublicationDeadlineView } from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { listPublicationDeadlines } from '../../../../services/staff';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { StatusBadge } from '../../components/status-badge';
import { editorUrl, reviewUrl } from '../../../../page-urls';
import { DEADLINE_LABELS } from './deadline-model';
import './deadline-section.scss';

/** Drafts open in the editor; what waits for review or is scheduled opens its review page. */
const openUrl = (item: PublicationDeadlineView) =>
  item.status === 'draft' || item.status === 'returned' ? editorUrl(item.id) : reviewUrl(item.id);

function dueText(item: PublicationDeadlineView): string {
  const approximate = item.approximate ? '（工作日历未录入，按周末估算）' : '';
  if (item.overdue) return `应于 ${item.dueOn} 前公开${approximate}`;
  return `${item.dueOn} 到期，还剩 ${item.workingDaysLeft} 个工作日${approximate}`;
}

/**
 * 「公开时限」: drafts to be disclosed proactively whose 20-working-day deadline (政府信息公开条例
 * art. 26) is past or near, past ones first. Editors, reviewers and admins see it.
 */
export function DeadlineSection({ refreshKey }: { refreshKey: number }) {
  const list = useRemote(listPublicationDeadlines, [refreshKey]);
  return (
    <StaffCard title='公开时限'>
      <StaffPageState
        loading={list.loading && !list.data}
        error={list.error}
        empty={list.data?.length === 0}
        emptyText={`没有 ${PUBLICATION_DEADLINE.warnWithinWorkingDays} 个工作日内到期或已超期的稿件`}
        onRetry={list.reload}
      >
        {list.data?.map((item) => {
          const tone = item.overdue ? 'overdue' : 'soon';
          return (
            <View
              key={item.id}
              className='deadline-item'
              hoverClass='deadline-item--pressed'
              onClick={() => void Taro.navigateTo({ url: openUrl(item) })}
            >
              <View className='deadline-item__tags'>
                <Text className={`deadline-item__badge deadline-item__badge--${tone}`}>
                  {DEADLINE_LABELS[tone]}
                </Text>
                <StatusBadge status={item.status} />
                <Text className='deadline-item__kind'>{KIND_LABELS[item.kind]}</Text>
              </View>
              <Text className='deadline-item__title'>{item.title}</Text>
              <Text className={`deadline-item__due deadline-item__due--${tone}`}>
                {dueText(item)}
              </Text>
              <Text className='deadline-item__made'>信息形成或变更于 {item.madeOn}</Text>
            </View>
          );
        })}
      </StaffPageState>
    </StaffCard>
  );
}
