import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  APPLICANT_CATEGORY_LABELS,
  APPLICANT_TYPE_LABELS,
  DELIVERY_FORM_LABELS,
  FEE_METHOD_LABELS,
  FEE_TIERS,
  ID_DOCUMENT_LABELS,
  outcomeLabel,
  RECEIVING_METHOD_LABELS,
  type ApplicationEventView,
  type StaffApplicationView,
} from '@sunshine/shared';
import { formatDateTime } from '../../components/format-time';

const EVENT_LABELS: Record<ApplicationEventView['type'], string> = {
  received: '收到申请',
  correction_requested: '要求补正',
  correction_received: '收到补正',
  third_party_started: '征求第三方意见',
  third_party_ended: '第三方意见结束',
  extended: '延长答复期限',
  replied: '答复',
  closed: '终止办理',
  fee_notified: '发出收费通知',
  fee_paid: '登记已缴费',
};

function eventText(event: ApplicationEventView): string {
  switch (event.type) {
    case 'correction_requested':
    case 'correction_received':
      return event.text;
    case 'third_party_started':
    case 'third_party_ended':
    case 'closed':
      return event.note;
    case 'extended':
      return `${event.days} 个工作日：${event.reason}`;
    case 'fee_notified':
      return `${FEE_METHOD_LABELS[event.method]} ${event.quantity}${FEE_TIERS[event.method].unit}，${event.amount} 元，${event.payBy} 前缴纳${event.note ? `\n${event.note}` : ''}`;
    case 'fee_paid':
      return event.note;
    default:
      return '';
  }
}

/** Who applied and how to reach them (masked number only), what was asked, and every step so far. */
export function CaseDetails({ application }: { application: StaffApplicationView }) {
  const { applicant, identity, contact } = application;
  const row = (label: string, value: string) =>
    value && <Text className='staff-applications__meta'>{`${label} ${value}`}</Text>;
  return (
    <View className='staff-applications__details'>
      {application.erased ? (
        <Text className='staff-applications__meta'>申请人信息已按保存期限删除</Text>
      ) : (
        <>
          {row(APPLICANT_TYPE_LABELS[applicant.type], applicant.name)}
          {row('法定代表人', applicant.legalRepresentative)}
          {row('联系人', applicant.contactPerson)}
          {row(ID_DOCUMENT_LABELS[identity.type], identity.masked)}
          {contact.phone && (
            <View
              className='staff-applications__phone'
              ariaRole='link'
              ariaLabel={`拨打电话 ${contact.phone}`}
              onClick={() => void Taro.makePhoneCall({ phoneNumber: contact.phone })}
            >
              <Text>电话 {contact.phone}</Text>
            </View>
          )}
          {row('地址', [contact.address, contact.postcode].filter(Boolean).join(' '))}
          {row('邮箱', contact.email)}
        </>
      )}
      {row(
        '申请人类型',
        application.applicantCategory === 'natural_person'
          ? APPLICANT_CATEGORY_LABELS.natural_person
          : `法人或其他组织 · ${APPLICANT_CATEGORY_LABELS[application.applicantCategory]}`,
      )}
      {row('用途', application.purpose)}
      {row(
        '提供方式',
        `${DELIVERY_FORM_LABELS[application.delivery.form]} · ${RECEIVING_METHOD_LABELS[application.delivery.method]}`,
      )}
      <View className='staff-applications__events'>
        {application.events.map((event, index) => (
          <View key={index} className='staff-applications__event'>
            <Text className='staff-applications__event-head'>{`${event.on} ${EVENT_LABELS[event.type]}${'by' in event ? `（${event.by}）` : ''}`}</Text>
            {eventText(event) && (
              <Text className='staff-applications__event-text'>{eventText(event)}</Text>
            )}
          </View>
        ))}
      </View>
      {application.reply && (
        <>
          <Text className='staff-applications__meta'>{`办理结果 ${outcomeLabel(application.reply.outcome, application.reply.alreadyPublic)}`}</Text>
          {row('法律依据', application.reply.basis)}
          <Text className='staff-applications__event-text'>{`答复内容：${application.reply.text}${application.reply.detail ? `\n${application.reply.detail}` : ''}`}</Text>
          {application.reply.remedies && (
            <Text className='staff-applications__event-text'>{application.reply.remedies}</Text>
          )}
        </>
      )}
      {application.closed && (
        <Text className='staff-applications__meta'>{`办理结果 ${outcomeLabel(application.closed.outcome)}`}</Text>
      )}
      <Text className='staff-applications__meta'>{`收到时间 ${formatDateTime(application.receivedAt)}`}</Text>
    </View>
  );
}
