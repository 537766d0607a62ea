import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { useLargeText } from '../../../../hooks/use-large-text';
import { useRemote } from '../../../../hooks/use-remote';
import { readSession } from '../../../../services/session';
import { listAnsweredQuestions, listQuestionQueue } from '../../../../services/staff';
import { StaffPageState } from '../../components/staff-page-state';
import { ANSWER_RATINGS_URL } from '../../../../page-urls';
import { AnsweredCard } from './answered-card';
import { byDeadline, queueCounts } from './deadline';
import { QuestionCard } from './question-card';
import './index.scss';
import { usePageParams } from '../../../../hooks/use-page-params';

type Tab = 'waiting' | 'answered';

/**
 * Residents' questions: the queue waiting for an answer (the most pressing first, with the day's
 * counts on top), and the answered ones with their ratings, which editors turn into public Q&A.
 */
export default function StaffQuestions() {
  const { pageClass } = useLargeText();
  const roles = readSession()?.user.roles ?? [];
  const responder = roles.includes('responder') || roles.length === 0;
  const [tab, setTab] = useState<Tab>(
    usePageParams().tab === 'answered' || !responder ? 'answered' : 'waiting',
  );
  return (
    <View className={`staff-questions${pageClass}`}>
      <View className='staff-questions__tabs'>
        {/* A tablist holds only its tabs (ARIA): the link to the ratings sits beside it. */}
        <View className='staff-questions__tablist' ariaRole='tablist'>
          {responder && (
            <TabButton
              label='待答复'
              active={tab === 'waiting'}
              onClick={() => setTab('waiting')}
            />
          )}
          <TabButton
            label='已答复'
            active={tab === 'answered'}
            onClick={() => setTab('answered')}
          />
        </View>
        {(responder || roles.includes('admin')) && (
          <View
            className='staff-questions__link'
            ariaRole='link'
            onClick={() => void Taro.navigateTo({ url: ANSWER_RATINGS_URL })}
          >
            <Text>答复评价统计</Text>
          </View>
        )}
      </View>
      {tab === 'waiting' ? <Waiting /> : <Answered canPromote={roles.includes('editor')} />}
    </View>
  );
}

function TabButton({
  label,
  active,
  onClick,
}: {
  label: string;
  active: boolean;
  onClick: () => void;
}) {
  return (
    <View
      className={`staff-questions__tab${active ? ' staff-questions__tab--active' : ''}`}
      ariaRole='tab'
      aria-selected={active}
      onClick={onClick}
    >
      <Text>{label}</Text>
    </View>
  );
}

function Waiting() {
  const queue = useRemote(listQuestionQueue, []);
  // Answered here: hidden at once rather than reloading, which would clear the others' drafts.
  const [answered, setAnswered] = useState<string[]>([]);
  usePullDownRefresh(() => {
    queue.reload();
    Taro.stopPullDownRefresh();
  });

  const waiting = byDeadline(
    (queue.data ?? []).filter((question) => !answered.includes(question.id)),
  );
  const onAnswered = (id: string) => {
    setAnswered((previous) => [...previous, id]);
    void Taro.showToast({ title: '已答复', icon: 'success' });
  };
  const now = Date.now();
  const counts = queueCounts(waiting, now);
  return (
    <>
      {queue.data && (
        <View className='staff-questions__counts'>
          <Text className='staff-questions__count staff-questions__count--overdue'>
            已超期 {counts.overdue}
          </Text>
          <Text className='staff-questions__count staff-questions__count--soon'>
            即将到期 {counts.soon}
          </Text>
          <Text className='staff-questions__count'>待答复 {counts.waiting}</Text>
        </View>
      )}
      <StaffPageState
        loading={queue.loading && !queue.data}
        error={queue.error}
        empty={waiting.length === 0}
        emptyText='暂无待答复的留言'
        onRetry={queue.reload}
      >
        {waiting.map((question) => (
          <QuestionCard key={question.id} question={question} now={now} onAnswered={onAnswered} />
        ))}
      </StaffPageState>
    </>
  );
}

function Answered({ canPromote }: { canPromote: boolean }) {
  const answered = useRemote(listAnsweredQuestions, []);
  usePullDownRefresh(() => {
    answered.reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <StaffPageState
      loading={answered.loading && !answered.data}
      error={answered.error}
      empty={answered.data?.length === 0}
      emptyText='暂无已答复的留言'
      onRetry={answered.reload}
    >
      {answered.data?.map((question) => (
        <AnsweredCard key={question.id} question={question} canPromote={canPromote} />
      ))}
    </StaffPageState>
  );
}
