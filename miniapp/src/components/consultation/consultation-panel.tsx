import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ConsultationStatus, PublishedConsultation } from '@sunshine/shared';
import { MY_COMMENTS_URL } from '../../page-urls';
import { SubscribeButton } from '../subscribe-button';
import { BarChart } from './bar-chart';
import { CommentForm } from './comment-form';
import { ReportView } from './consultation-report';
import { PublicComments } from './public-comments';
import './consultation.scss';

const PHASE_TEXT = { upcoming: '尚未开始', open: '征求意见中', closed: '已截止' } as const;

/** Under a consultation: where it stands, the comment form while open, the approved comments, and after closing the results and report. */
export function ConsultationPanel({
  consultation,
  status,
}: {
  consultation: PublishedConsultation;
  status: ConsultationStatus;
}) {
  const [sent, setSent] = useState<{ answersCounted: boolean }>();
  return (
    <View className='consultation'>
      <View className='consultation__card consultation__status'>
        <Text className={`consultation__phase consultation__phase--${status.phase}`}>
          {PHASE_TEXT[status.phase]}
        </Text>
        <Text className='consultation__muted'>
          {status.phase === 'upcoming' && `${consultation.opensOn} 开始接收意见`}
          {status.phase === 'open' &&
            `截止日期 ${consultation.closesOn}，已收到意见 ${status.received} 条`}
          {status.phase === 'closed' &&
            `已于 ${consultation.closesOn} 截止，共收到意见 ${status.received} 条${status.report ? '' : '，采纳情况整理后公布'}`}
        </Text>
      </View>
      {status.phase === 'open' && sent && (
        <View className='consultation__card consultation__thanks' ariaRole='status'>
          <Text>
            感谢您的意见！意见经工作人员审核后公开，处理结果将在征求意见结束后公布。
            {sent.answersCounted
              ? ''
              : consultation.questions.length
                ? '（您此前已回答过选择题，本次只记录文字意见。）'
                : ''}
          </Text>
          <SubscribeButton topic={`consultation:${consultation.id}`} />
          <Text
            className='consultation__link'
            onClick={() => Taro.navigateTo({ url: MY_COMMENTS_URL })}
          >
            在「我的意见」中查看审核和采纳情况
          </Text>
        </View>
      )}
      {status.phase === 'open' && (
        <CommentForm
          consultation={consultation}
          onSent={(answersCounted) => setSent({ answersCounted })}
        />
      )}
      {status.results && status.results.length > 0 && (
        <View className='consultation__card'>
          <Text className='consultation__heading'>选择题结果</Text>
          {status.results.map((result) => (
            <View key={result.prompt} className='consultation__result'>
              <Text className='consultation__subheading'>
                {result.prompt}（{result.answered} 人作答{result.multiple ? '，可多选' : ''}）
              </Text>
              <BarChart rows={result.options} total={result.answered} />
            </View>
          ))}
        </View>
      )}
      {status.report && <ReportView report={status.report} />}
      <PublicComments id={consultation.id} count={status.published} />
    </View>
  );
}
