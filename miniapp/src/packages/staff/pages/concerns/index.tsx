import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useRemote } from '../../../../hooks/use-remote';
import { listStaffConcerns } from '../../../../services/concerns';
import { staffConcernUrl } from '../../../../page-urls';
import { ActionButton } from '../../components/action-button';
import { mostUrgentClock } from '../../components/concern-clock-model';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { useNow } from '../../components/use-now';
import { useShowCount } from '../../components/use-show-count';
import { ConcernCard } from './concern-card';
import { NewConcernForm } from './new-concern-form';
import './index.scss';

/**
 * 回应关切: open concerns, the one with the least time left first, each clock coloured by urgency;
 * the closed ones below with on time or late; and the form to open a new one.
 */
export default function StaffConcerns() {
  const { pageClass } = useLargeText();
  const shown = useShowCount();
  const open = useRemote(() => listStaffConcerns('open'), [shown]);
  const closed = useRemote(() => listStaffConcerns('closed'), [shown]);
  const [adding, setAdding] = useState(false);
  const now = useNow();
  usePullDownRefresh(() => {
    open.reload();
    closed.reload();
    Taro.stopPullDownRefresh();
  });

  // The server sorts by the nearest running deadline; kept so here as the clocks move.
  const dueOf = (concern: NonNullable<typeof open.data>['items'][number]) =>
    mostUrgentClock(
      concern.clocks.filter((clock) => !clock.metAt && clock.state !== 'not_held'),
      concern.arisenAt,
      now,
    )?.clock.dueAt ?? '9999';
  const openItems = [...(open.data?.items ?? [])].sort((a, b) => dueOf(a).localeCompare(dueOf(b)));

  return (
    <View className={`staff-concerns${pageClass}`}>
      {adding ? (
        <NewConcernForm
          onCancel={() => setAdding(false)}
          onOpened={(concern) => {
            setAdding(false);
            open.reload();
            void Taro.navigateTo({ url: staffConcernUrl(concern.id) });
          }}
        />
      ) : (
        <View className='staff-concerns__add'>
          <ActionButton onClick={() => setAdding(true)}>新建关切</ActionButton>
        </View>
      )}

      <StaffCard title='正在回应'>
        <StaffPageState
          loading={open.loading && !open.data}
          error={open.error}
          empty={openItems.length === 0}
          emptyText='暂无正在回应的关切'
          onRetry={open.reload}
        >
          {openItems.map((concern) => (
            <ConcernCard key={concern.id} concern={concern} now={now} />
          ))}
        </StaffPageState>
      </StaffCard>

      <StaffCard title='已结束'>
        <StaffPageState
          loading={closed.loading && !closed.data}
          error={closed.error}
          empty={closed.data?.items.length === 0}
          emptyText='暂无已结束的关切'
          onRetry={closed.reload}
        >
          {closed.data?.items.map((concern) => (
            <ConcernCard key={concern.id} concern={concern} now={now} />
          ))}
          {closed.data?.nextCursor && (
            <Text className='staff-concerns__more'>仅显示最近结束的关切</Text>
          )}
        </StaffPageState>
      </StaffCard>
    </View>
  );
}
