import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  GuideRatingInputSchema,
  isPoor,
  RATING_PROBLEM_LABELS,
  RATING_PROBLEMS,
  validate,
  type RatingProblem,
  type RatingSummary,
} from '@sunshine/shared';
import { rateGuide } from '../services/content';
import { RatingForm, ratingIssue, type RatingInput } from './rating-form';
import './guide-rating.scss';

/**
 * 好差评 under a guide: how satisfied, and for a poor rating what was wrong, so staff can fix the
 * guide. One rating per person; rating again replaces it.
 */
export function GuideRating({ id, summary }: { id: string; summary: RatingSummary }) {
  const [shown, setShown] = useState(summary);
  /** Once rated: whether it was poor (the thanks then says the guide will be checked). */
  const [rated, setRated] = useState<{ poor: boolean }>();

  const send = async (input: RatingInput<RatingProblem>) => {
    const checked = validate(GuideRatingInputSchema, input);
    if (!checked.ok) return ratingIssue(checked.issues);
    setShown(await rateGuide(id, checked.value));
    setRated({ poor: isPoor(checked.value.score) });
    return undefined;
  };

  return (
    <View className='guide-rating'>
      <Text className='guide-rating__title'>评价这份办事指南</Text>
      <Text className='guide-rating__summary'>
        {shown.count
          ? `${shown.count} 人评价，平均 ${shown.average} 分（满分 5 分）`
          : '还没有人评价'}
      </Text>
      {rated ? (
        <Text className='guide-rating__thanks'>
          感谢您的评价{rated.poor ? '，我们会尽快核实并修改指南' : ''}
        </Text>
      ) : (
        <RatingForm
          problems={RATING_PROBLEMS}
          labels={RATING_PROBLEM_LABELS}
          question='哪里有问题？（可多选）'
          send={send}
        />
      )}
    </View>
  );
}
