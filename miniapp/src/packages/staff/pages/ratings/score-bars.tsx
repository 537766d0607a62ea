import { Text, View } from '@tarojs/components';
import { RATING_LABELS, type GuideRatingsView } from '@sunshine/shared';
import { scoreShares } from './ratings-model';

/** One bar per score, as wide as its share of all ratings, with its count beside it. */
export function ScoreBars({ view }: { view: Pick<GuideRatingsView, 'byScore' | 'count'> }) {
  return (
    <View className='ratings__bars'>
      {scoreShares(view).map(({ score, count, percent }) => (
        <View key={score} className='ratings__bar-row'>
          <Text className='ratings__bar-label'>{RATING_LABELS[score]}</Text>
          <View className='ratings__bar-track'>
            <View
              className={`ratings__bar ratings__bar--${score}`}
              style={{ width: `${percent}%` }}
            />
          </View>
          <Text className='ratings__bar-count'>{count}</Text>
        </View>
      ))}
    </View>
  );
}
