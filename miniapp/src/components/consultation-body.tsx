import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, KIND_LABELS, officeName, type ConsultationDraft } from '@sunshine/shared';
import type { ReactNode } from 'react';
import { AttachmentList } from './attachment-list';
import { BodyHeader, BodySection } from './body-header';
import { useOffices } from '../hooks/use-bureau';

/** A draft put out for comment: who drafted it, the period, why, how comments are used, the text. */
export function ConsultationBody({
  content,
  badges,
  byline,
}: {
  content: ConsultationDraft;
  badges?: ReactNode;
  byline?: ReactNode;
}) {
  const offices = useOffices([content.office]);
  const particulars: Array<[string, string]> = [
    ['起草科室', officeName(content.office, offices)],
    ['意见期限', `${content.opensOn} 至 ${content.closesOn}`],
  ];
  return (
    <>
      <BodyHeader
        tags={
          <>
            <Text className='content-body__tag'>{CATEGORY_LABELS[content.category]}</Text>
            <Text className='content-body__tag content-body__tag--plain'>
              {KIND_LABELS.consultation}
            </Text>
            {badges}
          </>
        }
        title={content.title}
        summary={content.summary}
        byline={byline}
      />
      <View className='content-body__particulars'>
        {particulars.map(([label, value]) => (
          <View key={label} className='content-body__particular'>
            <Text className='content-body__particular-label'>{label}</Text>
            <Text className='content-body__particular-value'>{value}</Text>
          </View>
        ))}
      </View>
      <BodySection title='起草依据和理由' text={content.basis} />
      <BodySection title='意见处理方式' text={content.feedbackUse} />
      <BodySection title='草案全文' text={content.body} />
      <AttachmentList attachments={content.attachments} />
    </>
  );
}
