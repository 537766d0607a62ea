import { Text } from '@tarojs/components';
import { CATEGORY_LABELS, KIND_LABELS, officeName, type NoticeDraft } from '@sunshine/shared';
import type { ReactNode } from 'react';
import { BodyHeader, BodySection } from './body-header';
import { useOffices } from '../hooks/use-bureau';

/** An authoritative notice: short, dated, marked urgent when it is. */
export function NoticeBody({
  content,
  badges,
  byline,
}: {
  content: NoticeDraft;
  badges?: ReactNode;
  byline?: ReactNode;
}) {
  const offices = useOffices([content.office]);
  return (
    <>
      <BodyHeader
        tags={
          <>
            {content.urgent && (
              <Text className='content-body__tag content-body__tag--urgent'>紧急</Text>
            )}
            <Text className='content-body__tag'>{CATEGORY_LABELS[content.category]}</Text>
            <Text className='content-body__tag content-body__tag--plain'>{KIND_LABELS.notice}</Text>
            {badges}
          </>
        }
        title={content.title}
        byline={byline}
      />
      <BodySection title={`${officeName(content.office, offices)}发布`} text={content.body} />
    </>
  );
}
