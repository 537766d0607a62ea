import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useRemote } from '../../../../hooks/use-remote';
import { listStaffConcerns } from '../../../../services/concerns';
import { STAFF_CONCERNS_URL, staffConcernUrl } from '../../../../page-urls';
import { ConcernClock } from '../../components/concern-clock';
import { mostUrgentClock } from '../../components/concern-clock-model';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { useNow } from '../../components/use-now';
import './concern-section.scss';

/**
 * 回应关切 at the top of the desk: each open concern with its most urgent clock (colour and time
 * left), the most urgent concern first; a tap opens it, the title's link the whole list.
 */
export function ConcernSection({ refreshKey }: { refreshKey: number }) {
  const list = useRemote(() => listStaffConcerns('open'), [refreshKey]);
  const now = useNow();
  const rows = (list.data?.items ?? [])
    .map((concern) => ({ concern, urgent: mostUrgentClock(concern.clocks, concern.arisenAt, now) }))
    .sort((a, b) =>
      (a.urgent?.clock.dueAt ?? '9999').localeCompare(b.urgent?.clock.dueAt ?? '9999'),
    );
  return (
    <StaffCard
      title='回应关切'
      extra={
        <Text
          className='concern-section__all'
          onClick={() => void Taro.navigateTo({ url: STAFF_CONCERNS_URL })}
        >
          全部 / 新建 ›
        </Text>
      }
    >
      <StaffPageState
        loading={list.loading && !list.data}
        error={list.error}
        empty={rows.length === 0}
        emptyText='暂无正在回应的关切'
        onRetry={list.reload}
      >
        {rows.map(({ concern, urgent }) => (
          <View
            key={concern.id}
            className='concern-section__item'
            hoverClass='concern-section__item--pressed'
            onClick={() => void Taro.navigateTo({ url: staffConcernUrl(concern.id) })}
          >
            <Text className='concern-section__title'>
              【{concern.levelLabel}】{concern.title}
            </Text>
            {urgent && <ConcernClock clock={urgent.clock} arisenAt={concern.arisenAt} now={now} />}
          </View>
        ))}
      </StaffPageState>
    </StaffCard>
  );
}
