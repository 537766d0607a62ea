import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CATEGORY_LABELS, FORMAT_LABELS, type InterpretationSummary } from '@sunshine/shared';
import { formatDate } from '../services/format';
import { DemoBadge } from './demo-badge';
import './interpretation-card.scss';

export function detailUrl(id: string): string {
  return `/pages/interpretations/detail?id=${encodeURIComponent(id)}`;
}

/** One interpretation in a list: a large tap target that opens its detail page. */
export function InterpretationCard({ item }: { item: InterpretationSummary }) {
  return (
    <View className='interp-card' hoverClass='interp-card--pressed' onClick={() => Taro.navigateTo({ url: detailUrl(item.id) })}>
      <View className='interp-card__tags'>
        <Text className='interp-card__category'>{CATEGORY_LABELS[item.category]}</Text>
        <Text className='interp-card__format'>{FORMAT_LABELS[item.format]}</Text>
        {item.demo && <DemoBadge />}
      </View>
      <Text className='interp-card__title'>{item.title}</Text>
      <Text className='interp-card__summary'>{item.summary}</Text>
      <View className='interp-card__meta'>
        <Text className='interp-card__document'>{item.documentTitle}</Text>
        <Text className='interp-card__date'>{formatDate(item.publishedAt)}</Text>
      </View>
    </View>
  );
}
