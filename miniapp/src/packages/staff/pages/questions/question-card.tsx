import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { QUESTION_DEADLINES, type StaffQuestionView } from '@sunshine/shared';
import { formatDateTime } from '../../components/format-time';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';
import { AnswerForm } from './answer-form';
import { URGENCY_LABELS, urgencyOf } from './deadline';

interface Props {
  question: StaffQuestionView;
  now: number;
  onAnswered: (id: string) => void;
}

/** One waiting question: what was asked, by when it is due, who to call, and the answer box. */
export function QuestionCard({ question, now, onAnswered }: Props) {
  const urgency = urgencyOf(question.dueAt, now);
  const name = question.contact?.name.trim();
  const phone = question.contact?.phone.trim();
  return (
    <StaffCard>
      <View className='staff-questions__question'>
        <View className='staff-questions__badges'>
          <Text className='staff-questions__kind'>{QUESTION_DEADLINES[question.kind].label}</Text>
          {urgency !== 'normal' && (
            <Text className={`staff-questions__badge staff-questions__badge--${urgency}`}>
              {URGENCY_LABELS[urgency]}
            </Text>
          )}
          {question.heldForCheck && (
            <Text className='staff-questions__badge staff-questions__badge--held'>待人工审核</Text>
          )}
        </View>
        {question.heldForCheck && (
          <Notice tone='warning'>微信内容安全检测要求人工先阅读此留言，请确认内容后再答复。</Notice>
        )}
        {/* Residents' words, shown as text: never parsed as markup. */}
        <Text className='staff-questions__text' userSelect>
          {question.text}
        </Text>
        <Text className='staff-questions__meta'>留言时间 {formatDateTime(question.askedAt)}</Text>
        <Text className={`staff-questions__meta staff-questions__due--${urgency}`}>
          答复期限 {question.dueApproximate ? '约 ' : ''}
          {formatDateTime(question.dueAt)}
        </Text>
        {(name || phone) && (
          <View className='staff-questions__contact'>
            {name && <Text className='staff-questions__meta'>称呼 {name}</Text>}
            {phone && (
              <View
                className='staff-questions__phone'
                ariaRole='link'
                ariaLabel={`拨打电话 ${phone}`}
                onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}
              >
                <Text>电话 {phone}</Text>
              </View>
            )}
          </View>
        )}
      </View>
      <AnswerForm questionId={question.id} onAnswered={onAnswered} />
    </StaffCard>
  );
}
