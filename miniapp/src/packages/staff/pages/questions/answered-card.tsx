import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  ANSWER_PROBLEM_LABELS,
  QUESTION_DEADLINES,
  RATING_LABELS,
  type AnsweredQuestionView,
} from '@sunshine/shared';
import { ActionButton } from '../../components/action-button';
import { formatDateTime } from '../../components/format-time';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import { editorUrl } from '../../../../page-urls';
import { useAction } from '../../../../hooks/use-submission';
import { promoteQuestion } from '../../../../services/staff';

interface Props {
  question: AnsweredQuestionView;
  /** Editors may turn the answer into a public Q&A draft. */
  canPromote: boolean;
}

/** An answered question: the answer, who gave it, the asker's rating, and 转为公开问答. */
export function AnsweredCard({ question: initial, canPromote }: Props) {
  const [question, setQuestion] = useState(initial);
  const { run, busy, failure } = useAction();
  const { rating, promotedTo } = question;

  const promote = () =>
    run(async () => {
      setQuestion(await promoteQuestion(question.id));
      void Taro.showToast({ title: '已生成问答草稿', icon: 'success' });
    });

  return (
    <StaffCard>
      <View className='staff-questions__question'>
        <View className='staff-questions__badges'>
          <Text className='staff-questions__kind'>{QUESTION_DEADLINES[question.kind].label}</Text>
          {rating && (
            <Text
              className={`staff-questions__badge staff-questions__rating--${rating.score <= 2 ? 'poor' : 'good'}`}
            >
              {RATING_LABELS[rating.score]}
            </Text>
          )}
          {promotedTo && (
            <Text className='staff-questions__badge staff-questions__badge--held'>
              已转为公开问答
            </Text>
          )}
        </View>
        {/* Residents' words, shown as text: never parsed as markup. */}
        <Text className='staff-questions__text' userSelect>
          {question.text}
        </Text>
        <Text className='staff-questions__meta'>
          {question.answer.by.displayName} 答复于 {formatDateTime(question.answer.at)}
        </Text>
        <Text className='staff-questions__answer-text'>{question.answer.text}</Text>
        {rating && (rating.problems.length > 0 || rating.reason) && (
          <Text className='staff-questions__meta'>
            群众评价：
            {[...rating.problems.map((problem) => ANSWER_PROBLEM_LABELS[problem]), rating.reason]
              .filter(Boolean)
              .join('；')}
          </Text>
        )}
      </View>
      {failure && <Notice tone='error'>{failure}</Notice>}
      {promotedTo
        ? canPromote && (
            <ActionButton
              variant='secondary'
              onClick={() => void Taro.navigateTo({ url: editorUrl(promotedTo.draftId) })}
            >
              打开问答草稿
            </ActionButton>
          )
        : canPromote && (
            <ActionButton variant='secondary' busy={busy} onClick={() => void promote()}>
              转为公开问答
            </ActionButton>
          )}
    </StaffCard>
  );
}
