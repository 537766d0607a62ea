import { Text, View } from '@tarojs/components';
import {
  CATEGORY_LABELS,
  DOCUMENT_TYPE_LABELS,
  KIND_LABELS,
  officeName,
  type DocumentDraft,
} from '@sunshine/shared';
import type { ReactNode } from 'react';
import { AttachmentList } from './attachment-list';
import { BodyHeader, BodySection } from './body-header';
import { ValidityBadge } from './validity-badge';
import { useOffices } from '../hooks/use-bureau';

/** A policy document: its particulars, its validity, the full text and attachments. */
export function DocumentBody({
  content,
  badges,
  byline,
}: {
  content: DocumentDraft;
  badges?: ReactNode;
  byline?: ReactNode;
}) {
  const offices = useOffices([content.office]);
  const particulars: Array<[string, string | undefined]> = [
    ['文号', content.number],
    // An item saved before documents had a type shows none rather than a guess.
    ['文件类型', content.documentType && DOCUMENT_TYPE_LABELS[content.documentType]],
    ['发文科室', officeName(content.office, offices)],
    ['成文日期', content.issuedAt],
    ['变更日期', content.changedOn],
    ['施行日期', content.effectiveAt],
    ['废止或失效日期', content.repealedOn],
  ];
  return (
    <>
      <BodyHeader
        tags={
          <>
            <Text className='content-body__tag'>{CATEGORY_LABELS[content.category]}</Text>
            <Text className='content-body__tag content-body__tag--plain'>
              {KIND_LABELS.document}
            </Text>
            <ValidityBadge validity={content.validity} />
            {badges}
          </>
        }
        title={content.title}
        summary={content.summary}
        byline={byline}
      />
      <View className='content-body__particulars'>
        {particulars
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <View key={label} className='content-body__particular'>
              <Text className='content-body__particular-label'>{label}</Text>
              <Text className='content-body__particular-value'>{value}</Text>
            </View>
          ))}
      </View>
      <BodySection title='正文' text={content.body} />
      <AttachmentList attachments={content.attachments} />
    </>
  );
}
