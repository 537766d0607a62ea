import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import {
  isPoor,
  RATING_LABELS,
  RATING_SCORES,
  type FieldIssue,
  type RatingScore,
} from '@sunshine/shared';
import { asApiError } from '../hooks/use-remote';
import { signInIfNeeded } from '../services/sign-in-page';
import './guide-rating.scss';

export interface RatingInput<P extends string> {
  score?: RatingScore;
  problems: P[];
  reason: string;
}

/** What to tell someone whose rating the schema refused. */
export const ratingIssue = ([first]: FieldIssue[]) =>
  first?.field === 'score' ? '请选择满意程度' : first?.message;

/**
 * The fields of a 好差评, for guides and answers alike: the five levels, for a poor one what was
 * wrong (the kinds of problem are the caller's), an optional reason, and the submit with its
 * errors (asking to sign in when needed). `send` checks the input with its own schema and sends
 * it; it answers what to show when the input is refused, nothing once sent.
 */
export function RatingForm<P extends string>({
  problems: options,
  labels,
  question,
  initial,
  send,
}: {
  problems: readonly P[];
  labels: Record<P, string>;
  /** The question above the problems, e.g. 哪里有问题？（可多选） */
  question: string;
  initial?: Partial<RatingInput<P>>;
  send: (input: RatingInput<P>) => Promise<string | undefined>;
}) {
  const [score, setScore] = useState(initial?.score);
  const [problems, setProblems] = useState<P[]>(initial?.problems ?? []);
  const [reason, setReason] = useState(initial?.reason ?? '');
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const poor = score !== undefined && isPoor(score);

  const toggle = (problem: P) =>
    setProblems(
      problems.includes(problem)
        ? problems.filter((each) => each !== problem)
        : [...problems, problem],
    );
  const submit = async () => {
    setBusy(true);
    setMessage(undefined);
    try {
      // Problems only count with a poor score: chosen, then the score raised, they are dropped.
      setMessage(await send({ score, problems: poor ? problems : [], reason }));
    } catch (caught) {
      const error = asApiError(caught);
      if (!signInIfNeeded(error)) setMessage(error.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className='guide-rating__scores'>
        {RATING_SCORES.map((each) => (
          <View
            key={each}
            className={`guide-rating__score${score === each ? ' guide-rating__score--chosen' : ''}`}
            ariaRole='radio'
            aria-checked={score === each}
            onClick={() => setScore(each)}
          >
            <Text>{RATING_LABELS[each]}</Text>
          </View>
        ))}
      </View>
      {poor && (
        <>
          <Text className='guide-rating__ask'>{question}</Text>
          <View className='guide-rating__problems'>
            {options.map((problem) => (
              <View
                key={problem}
                className={`guide-rating__problem${problems.includes(problem) ? ' guide-rating__problem--chosen' : ''}`}
                ariaRole='checkbox'
                aria-checked={problems.includes(problem)}
                onClick={() => toggle(problem)}
              >
                <Text>{labels[problem]}</Text>
              </View>
            ))}
          </View>
        </>
      )}
      {score && (
        <Textarea
          className='guide-rating__reason'
          value={reason}
          maxlength={200}
          placeholder='补充说明（选填，200 字以内）'
          onInput={(event) => setReason(event.detail.value)}
        />
      )}
      {message && <Text className='guide-rating__message'>{message}</Text>}
      <View
        className={`guide-rating__submit${busy ? ' guide-rating__submit--busy' : ''}`}
        ariaRole='button'
        onClick={() => !busy && void submit()}
      >
        <Text>{busy ? '正在提交…' : '提交评价'}</Text>
      </View>
    </>
  );
}
