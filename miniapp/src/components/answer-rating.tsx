import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { ANSWER_PROBLEM_LABELS, ANSWER_PROBLEMS, AnswerRatingInputSchema, isPoor, RATING_LABELS, RATING_SCORES, validate, type AnswerProblem, type MyQuestionView, type RatingScore } from '@sunshine/shared';
import { asApiError } from '../hooks/use-remote';
import { rateAnswer } from '../services/questions';
import { signInIfNeeded } from '../services/sign-in-page';
import './guide-rating.scss';

/**
 * 好差评 of an answer, under it in "my questions": the five levels of a guide's rating, and for a
 * poor one what was wrong with the answer. Rated already: the rating, and a way to change it.
 */
export function AnswerRating({ question, onRated }: { question: MyQuestionView; onRated: (rated: MyQuestionView) => void }) {
  const [editing, setEditing] = useState(!question.rating);
  const [score, setScore] = useState<RatingScore | undefined>(question.rating?.score);
  const [problems, setProblems] = useState<AnswerProblem[]>(question.rating?.problems ?? []);
  const [reason, setReason] = useState(question.rating?.reason ?? '');
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (!editing && question.rating) {
    return (
      <View className='guide-rating answer-rating'>
        <Text className='guide-rating__summary'>您的评价：{RATING_LABELS[question.rating.score]}</Text>
        {question.rating.reason && <Text className='guide-rating__summary'>{question.rating.reason}</Text>}
        <View className='guide-rating__ask answer-rating__change' ariaRole='button' onClick={() => setEditing(true)}>
          <Text>修改评价</Text>
        </View>
      </View>
    );
  }

  const toggle = (problem: AnswerProblem) => setProblems(problems.includes(problem) ? problems.filter((each) => each !== problem) : [...problems, problem]);
  const submit = async () => {
    const checked = validate(AnswerRatingInputSchema, { score, problems: score && isPoor(score) ? problems : [], reason });
    if (!checked.ok) {
      setMessage(checked.issues[0]?.field === 'score' ? '请选择满意程度' : checked.issues[0]?.message);
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      onRated(await rateAnswer(question.id, checked.value));
      setEditing(false);
    } catch (caught) {
      const error = asApiError(caught);
      if (!signInIfNeeded(error)) setMessage(error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='guide-rating answer-rating'>
      <Text className='guide-rating__title'>评价这条答复</Text>
      <View className='guide-rating__scores'>
        {RATING_SCORES.map((each) => (
          <View key={each} className={`guide-rating__score${score === each ? ' guide-rating__score--chosen' : ''}`} ariaRole='radio' aria-checked={score === each} onClick={() => setScore(each)}>
            <Text>{RATING_LABELS[each]}</Text>
          </View>
        ))}
      </View>
      {score && isPoor(score) && (
        <>
          <Text className='guide-rating__ask'>答复哪里有问题？（可多选）</Text>
          <View className='guide-rating__problems'>
            {ANSWER_PROBLEMS.map((problem) => (
              <View key={problem} className={`guide-rating__problem${problems.includes(problem) ? ' guide-rating__problem--chosen' : ''}`} ariaRole='checkbox' aria-checked={problems.includes(problem)} onClick={() => toggle(problem)}>
                <Text>{ANSWER_PROBLEM_LABELS[problem]}</Text>
              </View>
            ))}
          </View>
        </>
      )}
      {score && <Textarea className='guide-rating__reason' value={reason} maxlength={200} placeholder='补充说明（选填，200 字以内）' onInput={(event) => setReason(event.detail.value)} />}
      {message && <Text className='guide-rating__message'>{message}</Text>}
      <View className={`guide-rating__submit${busy ? ' guide-rating__submit--busy' : ''}`} ariaRole='button' onClick={() => !busy && void submit()}>
        <Text>{busy ? '正在提交…' : '提交评价'}</Text>
      </View>
    </View>
  );
}
