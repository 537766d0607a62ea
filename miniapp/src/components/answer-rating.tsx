import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  ANSWER_PROBLEM_LABELS,
  ANSWER_PROBLEMS,
  AnswerRatingInputSchema,
  RATING_LABELS,
  validate,
  type AnswerProblem,
  type MyQuestionView,
} from '@sunshine/shared';
import { rateAnswer } from '../services/questions';
import { RatingForm, ratingIssue, type RatingInput } from './rating-form';
import './guide-rating.scss';

/**
 * 好差评 of an answer, under it in "my questions": the five levels of a guide's rating, and for a
 * poor one what was wrong with the answer. Rated already: the rating, and a way to change it.
 */
export function AnswerRating({
  question,
  onRated,
}: {
  question: MyQuestionView;
  onRated: (rated: MyQuestionView) => void;
}) {
  const [editing, setEditing] = useState(!question.rating);

  if (!editing && question.rating) {
    return (
      <View className='guide-rating answer-rating'>
        <Text className='guide-rating__summary'>
          您的评价：{RATING_LABELS[question.rating.score]}
        </Text>
        {question.rating.reason && (
          <Text className='guide-rating__summary'>{question.rating.reason}</Text>
        )}
        <View
          className='guide-rating__ask answer-rating__change'
          ariaRole='button'
          onClick={() => setEditing(true)}
        >
          <Text>修改评价</Text>
        </View>
      </View>
    );
  }

  const send = async (input: RatingInput<AnswerProblem>) => {
    const checked = validate(AnswerRatingInputSchema, input);
    if (!checked.ok) return ratingIssue(checked.issues);
    onRated(await rateAnswer(question.id, checked.value));
    setEditing(false);
    return undefined;
  };

  return (
    <View className='guide-rating answer-rating'>
      <Text className='guide-rating__title'>评价这条答复</Text>
      <RatingForm
        problems={ANSWER_PROBLEMS}
        labels={ANSWER_PROBLEM_LABELS}
        question='答复哪里有问题？（可多选）'
        initial={question.rating}
        send={send}
      />
    </View>
  );
}
