import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, KIND_LABELS, type WorkflowSummaryView } from '@sunshine/shared';
import { formatDate } from '../../../../services/format';
import { StatusBadge } from '../../components/status-badge';
import './workflow-card.scss';

/** One item of any kind in a staff list: a large tap target, an urgent notice marked first. */
export function WorkflowCard({ item, onOpen }: { item: WorkflowSummaryView; onOpen: () => void }) {
  return (
    <View className='workflow-card' hoverClass='workflow-card--pressed' onClick={onOpen}>
      <View className='workflow-card__tags'>
        {item.kind === 'notice' && item.urgent && (
          <Text className='workflow-card__urgent'>紧急</Text>
        )}
        <StatusBadge status={item.status} />
        <Text className='workflow-card__kind'>{KIND_LABELS[item.kind]}</Text>
        <Text className='workflow-card__category'>{CATEGORY_LABELS[item.category]}</Text>
      </View>
      <Text className='workflow-card__title'>{item.title || '（未命名稿件）'}</Text>
      <View className='workflow-card__meta'>
        <Text className='workflow-card__editors'>
          {item.editors.map((editor) => editor.displayName).join('、')}
        </Text>
        <Text>更新于 {formatDate(item.updatedAt)}</Text>
      </View>
    </View>
  );
}
