import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { GuideRatingInputSchema, isPoor, RATING_LABELS, RATING_PROBLEM_LABELS, RATING_PROBLEMS, RATING_SCORES, validate, type RatingProblem, type RatingScore, type RatingSummary } from '@sunshine/shared';
import { asApiError } from '../hooks/use-remote';
import { rateGuide } from '../services/content';
import { signInIfNeeded } from '../services/sign-in-page';
import './guide-rating.scss';

/**
 * 好差评 under a guide: how satisfied, and for a poor rating what was wrong, so staff can fix the
 * guide. One rating per person; rating again replaces it.
 */
export function GuideRating({ id, summary }: { id: string; summary: RatingSummary }) {
  const [shown, setShown] = useState(summary);
  const [score, setScore] = useState<RatingScore>();
  const [problems, setProblems] = useState<RatingProblem[]>([]);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  const toggle = (problem: RatingProblem) => setProblems(problems.includes(problem) ? problems.filter((each) => each !== problem) : [...problems, problem]);

  const submit = async () => {
    const checked = validate(GuideRatingInputSchema, { score, problems, reason });
    if (!checked.ok) {
      setMessage(checked.issues[0]?.field === 'score' ? '请选择满意程度' : checked.issues[0]?.message);
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      setShown(await rateGuide(id, checked.value));
      setDone(true);
    } catch (caught) {
      const error = asApiError(caught);
      if (!signInIfNeeded(error)) setMessage(error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className='guide-rating'>
      <Text className='guide-rating__title'>评价这份办事指南</Text>
      <Text className='guide-rating__summary'>{shown.count ? `${shown.count} 人评价，平均 ${shown.average} 分（满分 5 分）` : '还没有人评价'}</Text>
      {done ? (
        <Text className='guide-rating__thanks'>感谢您的评价{score && isPoor(score) ? '，我们会尽快核实并修改指南' : ''}</Text>
      ) : (
        <>
          <View className='guide-rating__scores'>
            {RATING_SCORES.map((each) => (
              <View key={each} className={`guide-rating__score${score === each ? ' guide-rating__score--chosen' : ''}`} ariaRole='radio' aria-checked={score === each} onClick={() => setScore(each)}>
                <Text>{RATING_LABELS[each]}</Text>
              </View>
            ))}
          </View>
          {score && isPoor(score) && (
            <>
              <Text className='guide-rating__ask'>哪里有问题？（可多选）</Text>
              <View className='guide-rating__problems'>
                {RATING_PROBLEMS.map((problem) => (
                  <View key={problem} className={`guide-rating__problem${problems.includes(problem) ? ' guide-rating__problem--chosen' : ''}`} ariaRole='checkbox' aria-checked={problems.includes(problem)} onClick={() => toggle(problem)}>
                    <Text>{RATING_PROBLEM_LABELS[problem]}</Text>
                  </View>
                ))}
              </View>
            </>
          )}
          {score && (
            <Textarea className='guide-rating__reason' value={reason} maxlength={200} placeholder='补充说明（选填，200 字以内）' onInput={(event) => setReason(event.detail.value)} />
          )}
          {message && <Text className='guide-rating__message'>{message}</Text>}
          <View className={`guide-rating__submit${busy ? ' guide-rating__submit--busy' : ''}`} ariaRole='button' onClick={() => !busy && void submit()}>
            <Text>{busy ? '正在提交…' : '提交评价'}</Text>
          </View>
        </>
      )}
    </View>
  );
}
