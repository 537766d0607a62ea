import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { StaffConcernView } from '@sunshine/shared';
import { staffConcernUrl } from '../../../../page-urls';
import { ConcernClock } from '../../components/concern-clock';
import { formatDateTime } from '../../components/format-time';

/** One concern in the list: level, title, office, and each of its clocks; a tap opens it. */
export function ConcernCard({ concern, now }: { concern: StaffConcernView; now: number }) {
  return (
    <View
      className='concern-card'
      hoverClass='concern-card--pressed'
      onClick={() => void Taro.navigateTo({ url: staffConcernUrl(concern.id) })}
    >
      <View className='concern-card__tags'>
        <Text className={`concern-card__level concern-card__level--${concern.level}`}>
          {concern.levelLabel}
        </Text>
        <Text className='concern-card__office'>{concern.officeName}</Text>
      </View>
      <Text className='concern-card__title'>{concern.title}</Text>
      <Text className='concern-card__meta'>
        发生于 {formatDateTime(concern.arisenAt)}
        {concern.closedAt ? ` · 结束于 ${formatDateTime(concern.closedAt)}` : ''}
      </Text>
      <View className='concern-card__clocks'>
        {concern.clocks.map((clock) => (
          <ConcernClock key={clock.clock} clock={clock} arisenAt={concern.arisenAt} now={now} />
        ))}
      </View>
    </View>
  );
}
