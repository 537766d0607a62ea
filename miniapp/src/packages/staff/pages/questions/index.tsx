import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { useRemote } from '../../../../hooks/use-remote';
import { listQuestionQueue } from '../../../../services/staff';
import { StaffPageState } from '../../components/staff-page-state';
import { byDeadline } from './deadline';
import { QuestionCard } from './question-card';
import './index.scss';

/** Responders' queue: residents' questions waiting for an answer, the most pressing first. */
export default function StaffQuestions() {
  const queue = useRemote(listQuestionQueue, []);
  // Answered here: hidden at once rather than reloading, which would clear the others' drafts.
  const [answered, setAnswered] = useState<string[]>([]);
  usePullDownRefresh(() => {
    queue.reload();
    Taro.stopPullDownRefresh();
  });

  const waiting = byDeadline((queue.data ?? []).filter((question) => !answered.includes(question.id)));
  const onAnswered = (id: string) => {
    setAnswered((previous) => [...previous, id]);
    void Taro.showToast({ title: '已答复', icon: 'success' });
  };
  const now = Date.now();
  return (
    <View className='staff-questions'>
      <StaffPageState loading={queue.loading && !queue.data} error={queue.error} empty={waiting.length === 0} emptyText='暂无待答复的留言' onRetry={queue.reload}>
        {waiting.map((question) => (
          <QuestionCard key={question.id} question={question} now={now} onAnswered={onAnswered} />
        ))}
      </StaffPageState>
    </View>
  );
}
