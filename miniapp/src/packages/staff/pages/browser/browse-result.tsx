import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, KIND_LABELS, type BrowseItemView } from '@sunshine/shared';
import { formatDate } from '../../../../services/format';
import { StatusBadge } from '../../components/status-badge';
import '../home/workflow-card.scss';
import './index.scss';

/** One item of the browser: what it is, its numbers, who wrote it and when it last changed. */
export function BrowseResult({
  item,
  officeName,
  onOpen,
}: {
  item: BrowseItemView;
  officeName: string;
  onOpen: () => void;
}) {
  const numbers = [
    item.number && `文号 ${item.number}`,
    item.indexNumber && `索引号 ${item.indexNumber}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <View className='workflow-card' hoverClass='workflow-card--pressed' onClick={onOpen}>
      <View className='workflow-card__tags'>
        {item.urgent && <Text className='workflow-card__urgent'>紧急</Text>}
        <StatusBadge status={item.status} />
        <Text className='workflow-card__kind'>{KIND_LABELS[item.kind]}</Text>
        <Text className='workflow-card__category'>{CATEGORY_LABELS[item.category]}</Text>
      </View>
      <Text className='workflow-card__title'>{item.title || '（未命名稿件）'}</Text>
      {numbers && <Text className='browser__numbers'>{numbers}</Text>}
      <View className='workflow-card__meta'>
        <Text className='workflow-card__editors'>
          {officeName} · {item.owner.displayName}
        </Text>
        <Text>更新于 {formatDate(item.updatedAt)}</Text>
      </View>
    </View>
  );
}
