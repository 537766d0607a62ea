import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { isFinished, type StaffApplicationView } from '@sunshine/shared';
import { useLargeText } from '../../../../hooks/use-large-text';
import { usePageParams } from '../../../../hooks/use-page-params';
import { useRemote } from '../../../../hooks/use-remote';
import { getApplication, listApplicationQueue } from '../../../../services/staff';
import { StaffPageState } from '../../components/staff-page-state';
import { CaseCard } from './case-card';
import './index.scss';

/**
 * Disclosers' queue: open applications, running ones by due date, then those whose clock is
 * stopped. Opened at one case (`?id=`, from the service levels' figures), that case comes first,
 * open or ended.
 */
export default function StaffApplications() {
  const { pageClass } = useLargeText();
  const openedId = usePageParams().id;
  const queue = useRemote(listApplicationQueue, []);
  const opened = useRemote(
    () => (openedId ? getApplication(openedId) : Promise.resolve(undefined)),
    [openedId],
  );
  // Acted on here: shown as the server answered, without reloading the others' open forms.
  const [changed, setChanged] = useState<Record<string, StaffApplicationView>>({});
  usePullDownRefresh(() => {
    setChanged({});
    queue.reload();
    Taro.stopPullDownRefresh();
  });

  const cases = (queue.data ?? [])
    .map((each) => changed[each.id] ?? each)
    .filter((each) => !isFinished(each.status) && each.id !== openedId);
  const first = opened.data && (changed[opened.data.id] ?? opened.data);
  const onChanged = (view: StaffApplicationView) => {
    setChanged((previous) => ({ ...previous, [view.id]: view }));
    void Taro.showToast({
      title: view.status === 'replied' ? '已答复' : '已保存',
      icon: 'success',
    });
  };
  const now = Date.now();
  return (
    <View className={`staff-applications${pageClass}`}>
      {openedId && (
        <StaffPageState loading={opened.loading} error={opened.error} onRetry={opened.reload}>
          {first && <CaseCard key={first.id} application={first} now={now} onChanged={onChanged} />}
        </StaffPageState>
      )}
      <StaffPageState
        loading={queue.loading && !queue.data}
        error={queue.error}
        empty={cases.length === 0}
        emptyText='暂无待办理的信息公开申请'
        onRetry={queue.reload}
      >
        {cases.map((application) => (
          <CaseCard
            key={application.id}
            application={application}
            now={now}
            onChanged={onChanged}
          />
        ))}
      </StaffPageState>
    </View>
  );
}
