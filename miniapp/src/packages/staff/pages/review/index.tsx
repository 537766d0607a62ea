import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  KIND_LABELS,
  officeName,
  referencedDocumentIds,
  topicLabel,
  type WorkflowItemView,
} from '@sunshine/shared';
import { useOffices } from '../../../../hooks/use-bureau';
import { useRemote } from '../../../../hooks/use-remote';
import { fetchMe } from '../../../../services/auth';
import { getWorkflowItem } from '../../../../services/staff';
import { formatDateTime } from '../../components/format-time';
import { Notice } from '../../components/notice';
import { StaffPageState } from '../../components/staff-page-state';
import { StatusBadge } from '../../components/status-badge';
import { useShowCount } from '../../components/use-show-count';
import { DraftView } from './draft-view';
import { PendingChanges } from './pending-changes';
import { ReviewActions } from './review-actions';
import './index.scss';
import { usePageParams } from '../../../../hooks/use-page-params';

/** One item of any kind in the workflow: where it stands, what it says, and what may be done now. */
export default function Review() {
  const id = usePageParams().id ?? '';
  const showCount = useShowCount();
  const item = useRemote(() => getWorkflowItem(id), [id, showCount]);
  const me = useRemote(fetchMe, []);
  const reload = () => {
    item.reload();
    if (me.error) me.reload();
  };
  const done = (toast: string) => {
    void Taro.showToast({ title: toast, icon: 'success' });
    item.reload();
  };
  return (
    <View className='review'>
      <StaffPageState
        loading={(item.loading && !item.data) || (me.loading && !me.data)}
        error={item.error ?? me.error}
        onRetry={reload}
      >
        {item.data && me.data && (
          <>
            <ItemHeader item={item.data} />
            <PendingChanges item={item.data} />
            <DraftView draft={item.data.draft} />
            <ReviewActions item={item.data} me={me.data} onDone={done} />
          </>
        )}
      </StaffPageState>
    </View>
  );
}

function ItemHeader({ item }: { item: WorkflowItemView }) {
  const offices = useOffices([item.draft.office]);
  const documentIds = referencedDocumentIds(item.draft);
  const rows: Array<[string, string]> = [
    // Where residents will find it: the body shows the content, not its place in the catalogue.
    ['稿件类型', KIND_LABELS[item.kind]],
    ['科室', officeName(item.draft.office, offices)],
    ['主题', topicLabel(item.draft.topic)],
    ...(documentIds.length > 0
      ? [['关联文件编号', documentIds.join('\n')] as [string, string]]
      : []),
    ['编辑人员', item.editors.map((editor) => editor.displayName).join('、') || '—'],
    ...(item.submittedAt
      ? [['提交审核', formatDateTime(item.submittedAt)] as [string, string]]
      : []),
    ...(item.status === 'scheduled' && item.publishAt
      ? [['定时发布', formatDateTime(item.publishAt)] as [string, string]]
      : []),
    ['已发布版本', item.publishedVersion > 0 ? `第 ${item.publishedVersion} 版` : '尚未发布'],
    ...(item.publishedAt
      ? [['发布时间', formatDateTime(item.publishedAt)] as [string, string]]
      : []),
    ['最后更新', formatDateTime(item.updatedAt)],
  ];
  return (
    <View className='review__header'>
      <View className='review__status'>
        <StatusBadge status={item.status} />
      </View>
      <View className='review__facts'>
        {rows.map(([label, value]) => (
          <View key={label} className='review__fact'>
            <Text className='review__fact-label'>{label}</Text>
            <Text className='review__fact-value'>{value}</Text>
          </View>
        ))}
      </View>
      {item.withdrawal && (
        <Notice tone='warning' title={`已于 ${formatDateTime(item.withdrawal.at)} 撤回`}>
          撤回原因：{item.withdrawal.reason}
        </Notice>
      )}
      {item.review?.comment && (
        <Notice
          tone='info'
          title={`${item.review.by.displayName} · ${formatDateTime(item.review.at)}`}
        >
          审核意见：{item.review.comment}
        </Notice>
      )}
    </View>
  );
}
