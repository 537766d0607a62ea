import Taro from '@tarojs/taro';
import type { WorkflowSummaryView } from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { listWorkflowItems } from '../../../../services/staff';
import { StaffCard } from '../../components/staff-card';
import { StaffPageState } from '../../components/staff-page-state';
import { editorUrl, reviewUrl } from '../../../../page-urls';
import { WorkflowCard } from './workflow-card';

interface Props {
  title: string;
  view: 'mine' | 'review';
  emptyText: string;
  /** Changes when the page is shown again, to reload. */
  refreshKey: number;
}

/** Editors open their own drafts to edit; everything else opens the review (detail) page. */
function openUrl(item: WorkflowSummaryView, view: Props['view']): string {
  const editable = item.status === 'draft' || item.status === 'returned';
  return view === 'mine' && editable ? editorUrl(item.id) : reviewUrl(item.id);
}

/** One list of the workflow ("mine" or "review") in a card. */
export function WorkflowSection({ title, view, emptyText, refreshKey }: Props) {
  const list = useRemote(() => listWorkflowItems(view), [view, refreshKey]);
  return (
    <StaffCard title={title}>
      <StaffPageState
        loading={list.loading && !list.data}
        error={list.error}
        empty={list.data?.length === 0}
        emptyText={emptyText}
        onRetry={list.reload}
      >
        {list.data?.map((item) => (
          <WorkflowCard
            key={item.id}
            item={item}
            onOpen={() => void Taro.navigateTo({ url: openUrl(item, view) })}
          />
        ))}
      </StaffPageState>
    </StaffCard>
  );
}
