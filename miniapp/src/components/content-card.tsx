import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  CATEGORY_LABELS,
  FORMAT_LABELS,
  KIND_LABELS,
  officeName,
  type ContentCard as Card,
  type OfficeOption,
} from '@sunshine/shared';
import { detailUrl } from '../page-urls';
import { formatDate } from '../services/format';
import { useOffices } from '../hooks/use-bureau';
import { DemoBadge } from './demo-badge';
import { ValidityBadge } from './validity-badge';
import './content-card.scss';

/** The small print of a card: who issued it, and for a guide the figures residents compare. */
function cardMeta(item: Card, offices: OfficeOption[]): string[] {
  const office = officeName(item.office, offices);
  if (item.kind === 'guide')
    return [
      item.promisedDays ? `承诺 ${item.promisedDays} 个工作日` : '即办',
      item.free ? '免费' : '收费',
      office,
    ];
  if (item.kind === 'consultation') return [office, `意见截止 ${item.closesOn ?? ''}`];
  return [office, item.number ?? ''].filter(Boolean);
}

/** One item in a list: a large tap target that opens its page. `showKind` where kinds mix. */
export function ContentCard({ item, showKind = false }: { item: Card; showKind?: boolean }) {
  const offices = useOffices([item.office]);
  return (
    <View
      className='content-card'
      hoverClass='content-card--pressed'
      onClick={() => Taro.navigateTo({ url: detailUrl(item.id) })}
    >
      <View className='content-card__tags'>
        {item.urgent && <Text className='content-card__urgent'>紧急</Text>}
        {showKind && <Text className='content-card__category'>{KIND_LABELS[item.kind]}</Text>}
        <Text className={showKind ? 'content-card__format' : 'content-card__category'}>
          {CATEGORY_LABELS[item.category]}
        </Text>
        {item.format && <Text className='content-card__format'>{FORMAT_LABELS[item.format]}</Text>}
        {item.validity && <ValidityBadge validity={item.validity} />}
        {item.demo && <DemoBadge />}
      </View>
      <Text className='content-card__title'>
        {item.kind === 'qa' ? `问：${item.title}` : item.title}
      </Text>
      <Text className='content-card__summary'>{item.summary}</Text>
      <View className='content-card__meta'>
        <Text className='content-card__document'>{cardMeta(item, offices).join(' · ')}</Text>
        <Text className='content-card__date'>{formatDate(item.publishedAt)}</Text>
      </View>
      {item.indexNumber && <Text className='content-card__index'>索引号 {item.indexNumber}</Text>}
    </View>
  );
}
