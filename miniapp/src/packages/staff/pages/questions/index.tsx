import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { useRemote } from '../../../../hooks/use-remote';
import { readSession } from '../../../../services/session';
import {
  getAnsweredQuestion,
  listAnsweredQuestions,
  listQuestionQueue,
} from '../../../../services/staff';
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
 * Opened at one question (`?id=`, from the service levels' figures), that question comes first.
 */
export default function StaffQuestions() {
  const roles = readSession()?.user.roles ?? [];
  const responder = roles.includes('responder') || roles.length === 0;
  const params = usePageParams();
  const openedId = params.id ?? '';
  const [tab, setTab] = useState<Tab>(
    params.tab === 'answered' || !responder ? 'answered' : 'waiting',
  );
  return (
    <View className='staff-questions'>
      <View className='staff-questions__tabs' ariaRole='tablist'>
        {responder && (
          <TabButton label='待答复' active={tab === 'waiting'} onClick={() => setTab('waiting')} />
        )}
        <TabButton label='已答复' active={tab === 'answered'} onClick={() => setTab('answered')} />
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
      {tab === 'waiting' ? (
        <Waiting openedId={openedId} />
      ) : (
        <Answered openedId={openedId} canPromote={roles.includes('editor')} />
      )}
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

/** The question opened first, then the others; what to say when it is not among them. */
function openedFirst<T extends { id: string }>(list: T[], openedId: string) {
  const opened = list.find((each) => each.id === openedId);
  return {
    opened,
    others: opened ? list.filter((each) => each !== opened) : list,
  };
}

function OpenedMark() {
  return <Text className='staff-questions__opened'>从服务质量打开的留言</Text>;
}

function NotQueued({ id }: { id: string }) {
  return (
    <Text className='staff-questions__opened'>
      {`编号 ${id} 的留言已不在待答复列表中，可能已经答复，请到“已答复”查看`}
    </Text>
  );
}

function Waiting({ openedId }: { openedId: string }) {
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
  const { opened, others } = openedFirst(waiting, openedId);
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
      {openedId && queue.data && !opened && !answered.includes(openedId) && (
        <NotQueued id={openedId} />
      )}
      <StaffPageState
        loading={queue.loading && !queue.data}
        error={queue.error}
        empty={waiting.length === 0}
        emptyText='暂无待答复的留言'
        onRetry={queue.reload}
      >
        {opened && <OpenedMark />}
        {opened && (
          <QuestionCard key={opened.id} question={opened} now={now} onAnswered={onAnswered} />
        )}
        {others.map((question) => (
          <QuestionCard key={question.id} question={question} now={now} onAnswered={onAnswered} />
        ))}
      </StaffPageState>
    </>
  );
}

function Answered({ openedId, canPromote }: { openedId: string; canPromote: boolean }) {
  const answered = useRemote(listAnsweredQuestions, []);
  const listed = openedFirst(answered.data ?? [], openedId);
  // Older than the 50 listed: fetched by its id once the list is known not to hold it.
  const fetchOlder = Boolean(openedId && answered.data && !listed.opened);
  const older = useRemote(
    () => (fetchOlder ? getAnsweredQuestion(openedId) : Promise.resolve(undefined)),
    [openedId, fetchOlder],
  );
  const opened = listed.opened ?? older.data;
  usePullDownRefresh(() => {
    answered.reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <>
      {fetchOlder && (
        <StaffPageState loading={older.loading} error={older.error} onRetry={older.reload}>
          {null}
        </StaffPageState>
      )}
      <StaffPageState
        loading={answered.loading && !answered.data}
        error={answered.error}
        empty={answered.data?.length === 0 && !opened}
        emptyText='暂无已答复的留言'
        onRetry={answered.reload}
      >
        {opened && <OpenedMark />}
        {opened && <AnsweredCard key={opened.id} question={opened} canPromote={canPromote} />}
        {listed.others.map((question) => (
          <AnsweredCard key={question.id} question={question} canPromote={canPromote} />
        ))}
      </StaffPageState>
    </>
  );
}
