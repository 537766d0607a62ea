import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, KIND_LABELS, type QaDraft } from '@sunshine/shared';
import type { ReactNode } from 'react';
import { BodyHeader, BodySection } from './body-header';

/** A policy Q&A on its own: the question, the answer, its tags. */
export function QaBody({
  content,
  badges,
  byline,
}: {
  content: QaDraft;
  badges?: ReactNode;
  byline?: ReactNode;
}) {
  return (
    <>
      <BodyHeader
        tags={
          <>
            <Text className='content-body__tag'>{CATEGORY_LABELS[content.category]}</Text>
            <Text className='content-body__tag content-body__tag--plain'>{KIND_LABELS.qa}</Text>
            {badges}
          </>
        }
        title={`问：${content.title}`}
        byline={byline}
      />
      <BodySection title='答' text={content.answer}>
        {content.tags.length > 0 && (
          <View className='content-body__keywords'>
            {content.tags.map((tag) => (
              <Text key={tag} className='content-body__tag content-body__tag--plain'>
                {tag}
              </Text>
            ))}
          </View>
        )}
      </BodySection>
    </>
  );
}
