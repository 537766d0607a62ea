import { SubscribeButton } from '../../components/subscribe-button';
import { Text, View } from '@tarojs/components';
import {
  APPLICATION_STATUS_LABELS,
  CORRECTION_WORKING_DAYS,
  isFinished,
  DELIVERY_FORM_LABELS,
  FEE_METHOD_LABELS,
  FEE_RULE,
  feeTierLines,
  RECEIVING_METHOD_LABELS,
  outcomeLabel,
  type MyApplicationView,
} from '@sunshine/shared';
import { formatDate } from '../../services/format';
import { CorrectionForm } from './correction-form';

interface Props {
  application: MyApplicationView;
  onChanged: (view: MyApplicationView) => void;
}

const dueText = ({ status, dueOn, dueApproximate }: MyApplicationView) => {
  if (status === 'awaiting_correction') return '补正后重新计算答复期限';
  if (status === 'third_party') return '征求第三方意见期间不计入答复期限';
  if (status === 'awaiting_fee') return '缴费期间不计入答复期限';
  return dueOn ? `${dueApproximate ? '约 ' : ''}${dueOn} 前答复` : '';
};

/** One application as its applicant sees it; every text is shown as text, never as markup. */
export function ApplicationCard({ application, onChanged }: Props) {
  const { status, correctionRequest, extension, reply, closed, fee } = application;
  return (
    <View className='my-applications__item'>
      <View className='my-applications__head'>
        <Text className='my-applications__date'>{formatDate(application.receivedAt)} 提交</Text>
        <Text className={`my-applications__status my-applications__status--${status}`}>
          {APPLICATION_STATUS_LABELS[status]}
        </Text>
      </View>
      <Text className='my-applications__text'>{application.description}</Text>
      <Text className='my-applications__meta'>
        {DELIVERY_FORM_LABELS[application.delivery.form]} ·{' '}
        {RECEIVING_METHOD_LABELS[application.delivery.method]}
        {!isFinished(status) && ` · ${dueText(application)}`}
      </Text>
      {correctionRequest && (
        <View className='my-applications__box'>
          <Text className='my-applications__box-label'>
            需要补正（{correctionRequest.on} 起 {CORRECTION_WORKING_DAYS} 个工作日内）
          </Text>
          <Text className='my-applications__box-text'>{correctionRequest.text}</Text>
        </View>
      )}
      {application.corrections.map((correction, index) => (
        <View key={index} className='my-applications__box my-applications__box--plain'>
          <Text className='my-applications__box-label'>我的补正（{correction.on}）</Text>
          <Text className='my-applications__box-text'>{correction.text}</Text>
        </View>
      ))}
      {status === 'awaiting_correction' && (
        <CorrectionForm applicationId={application.id} onCorrected={onChanged} />
      )}
      {!isFinished(status) && <SubscribeButton topic={`application:${application.id}`} />}
      {fee && (
        <View className='my-applications__box'>
          <Text className='my-applications__box-label'>
            收费通知（{fee.on}）：应缴信息处理费 {fee.amount} 元
          </Text>
          <Text className='my-applications__box-text'>
            {`${FEE_METHOD_LABELS[fee.method]}：${fee.method === 'by_count' ? `本月第 ${fee.alreadyCounted + 1} 件起 ${fee.quantity} 件` : `${fee.quantity} 页`}。依据${FEE_RULE}：\n${feeTierLines(fee.method).join('\n')}`}
          </Text>
          <Text className='my-applications__box-text'>
            {fee.paidOn
              ? `已于 ${fee.paidOn} 缴费，答复期限继续计算。`
              : `请于 ${fee.payBy} 前缴纳，逾期未缴纳的，本申请将不再处理。缴费期间不计入答复期限。`}
          </Text>
          {fee.note && <Text className='my-applications__box-text'>{fee.note}</Text>}
        </View>
      )}
      {extension && (
        <View className='my-applications__box my-applications__box--plain'>
          <Text className='my-applications__box-label'>
            答复期限延长 {extension.days} 个工作日（{extension.on}）
          </Text>
          <Text className='my-applications__box-text'>{extension.reason}</Text>
        </View>
      )}
      {closed && (
        <View className='my-applications__box'>
          <Text className='my-applications__box-label'>
            {closed.outcome === 'other_unpaid_fee' ? '未在期限内缴纳信息处理费' : '补正期满未补正'}
            ，本申请已终止办理（{closed.on}）
          </Text>
          {closed.note && <Text className='my-applications__box-text'>{closed.note}</Text>}
          {closed.basis && <Text className='my-applications__box-text'>依据：{closed.basis}</Text>}
          <Text className='my-applications__box-text'>如仍需要该信息，可重新提交申请。</Text>
          {closed.remedies && <Text className='my-applications__box-text'>{closed.remedies}</Text>}
        </View>
      )}
      {reply && (
        <View className='my-applications__box'>
          <Text className='my-applications__box-label'>
            {`${reply.on} 答复：${outcomeLabel(reply.outcome, reply.alreadyPublic)}`}
          </Text>
          <Text className='my-applications__box-text'>{reply.text}</Text>
          {reply.detail && <Text className='my-applications__box-text'>{reply.detail}</Text>}
          {reply.basis && <Text className='my-applications__box-text'>依据：{reply.basis}</Text>}
          {reply.remedies && <Text className='my-applications__box-text'>{reply.remedies}</Text>}
        </View>
      )}
    </View>
  );
}
