import { Text, View } from '@tarojs/components';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import type { MyQuestionView } from '@sunshine/shared';
import { QUESTION_DEADLINES, QUESTION_STATUS_LABELS } from '@sunshine/shared';
import { AnswerRating } from '../../components/answer-rating';
import { PageState } from '../../components/page-state';
import { SubscribeButton } from '../../components/subscribe-button';
import { useLargeText } from '../../hooks/use-large-text';
import { useRemote } from '../../hooks/use-remote';
import { ASK_URL, MY_QUESTIONS_URL } from '../../page-urls';
import { formatDate } from '../../services/format';
import { listMyQuestions } from '../../services/questions';
import { needsSignInPage, openSignInPage } from '../../services/sign-in-page';
import { CopyLink } from '../../components/copy-link';
import { titled, useShare } from '../../hooks/use-share';
import './index.scss';

/** The questions a resident asked: each with its deadline, and the answer once given. */
export default function MyQuestions() {
  const largeText = useLargeText();
  const share = useShare({ title: titled('我的留言'), path: MY_QUESTIONS_URL });
  const remote = useRemote(listMyQuestions, []);
  // A rating just given shows at once, without reloading the list.
  const [rated, setRated] = useState<Record<string, MyQuestionView>>({});
  usePullDownRefresh(() => {
    remote.reload();
    Taro.stopPullDownRefresh();
  });
  const signInNeeded = needsSignInPage(remote.error);
  return (
    <View className={`my-questions${largeText.pageClass}`}>
      {signInNeeded ? (
        <Text className='my-questions__link' onClick={openSignInPage}>
          请先登录后查看我的留言
        </Text>
      ) : (
        <PageState
          loading={remote.loading}
          error={remote.error}
          empty={remote.data?.length === 0}
          emptyText='您还没有留言'
          onRetry={remote.reload}
        >
          {remote.data
            ?.map((listed) => rated[listed.id] ?? listed)
            .map((question) => (
              <View key={question.id} className='my-questions__item'>
                <View className='my-questions__head'>
                  <Text className='my-questions__kind'>
                    {QUESTION_DEADLINES[question.kind].label}
                  </Text>
                  <Text
                    className={`my-questions__status my-questions__status--${question.status === 'answered' ? 'done' : 'waiting'}`}
                  >
                    {QUESTION_STATUS_LABELS[question.status]}
                  </Text>
                </View>
                <Text className='my-questions__text'>{question.text}</Text>
                <Text className='my-questions__meta'>
                  {formatDate(question.askedAt)} 提交
                  {question.answer ? '' : ` · ${formatDate(question.dueAt)} 前答复`}
                </Text>
                {question.answer && (
                  <View className='my-questions__answer'>
                    <Text className='my-questions__answer-label'>
                      答复（{formatDate(question.answer.at)}）
                    </Text>
                    <Text className='my-questions__answer-text'>{question.answer.text}</Text>
                  </View>
                )}
                {question.status !== 'answered' && (
                  <SubscribeButton topic={`question:${question.id}`} />
                )}
                {question.status === 'answered' && (
                  <AnswerRating
                    question={question}
                    onRated={(view) => setRated((previous) => ({ ...previous, [view.id]: view }))}
                  />
                )}
              </View>
            ))}
        </PageState>
      )}
      <Text className='my-questions__link' onClick={() => Taro.navigateTo({ url: ASK_URL })}>
        我要留言
      </Text>
      <CopyLink path={share.path} />
    </View>
  );
}
