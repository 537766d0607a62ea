import { Text, View } from '@tarojs/components';
import {
  CATEGORY_LABELS,
  FORMAT_LABELS,
  SECTION_KEYS,
  SECTION_LABELS,
  type InterpretationDraft,
} from '@sunshine/shared';
import type { ReactNode } from 'react';
import { BodyHeader, BodySection } from './body-header';
import { MediaGallery } from './media-gallery';
import { QaList } from './qa-list';

/** The heading of the media section says what the interpretation mainly is. */
const FORMAT_MEDIA_TITLE: Partial<Record<InterpretationDraft['format'], string>> = {
  graphic: '图解',
  video: '视频解读',
  interview: '访谈音视频',
};

interface Props {
  content: InterpretationDraft;
  /** Under the title: the publication date for residents, nothing for a draft. */
  byline?: ReactNode;
  /** Beside the category and format tags, e.g. the demo badge. */
  badges?: ReactNode;
  /** Reviewers read every answer; residents open the ones they want. */
  answersOpen?: boolean;
  /** In place of the source as typed: the library's document with its current validity. */
  document?: ReactNode;
}

/** An interpretation as residents read it: title, its document, the four sections and the policy Q&A. */
export function InterpretationBody({
  content,
  byline,
  badges,
  answersOpen = false,
  document: libraryDocument,
}: Props) {
  const { document } = content;
  return (
    <>
      <BodyHeader
        tags={
          <>
            <Text className='content-body__tag'>{CATEGORY_LABELS[content.category]}</Text>
            <Text className='content-body__tag content-body__tag--plain'>
              {FORMAT_LABELS[content.format]}
            </Text>
            {badges}
          </>
        }
        title={content.title}
        summary={content.summary}
        byline={byline}
      />

      {libraryDocument ?? (
        <View className='content-body__document'>
          <Text className='content-body__document-label'>解读文件</Text>
          <Text className='content-body__document-title'>{document.title}</Text>
          <Text className='content-body__document-meta'>
            {[document.issuer, document.number, `成文日期 ${document.issuedAt}`]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </View>
      )}

      {content.media.length > 0 && (
        <BodySection title={FORMAT_MEDIA_TITLE[content.format] ?? '图解与音视频'}>
          <MediaGallery media={content.media} />
        </BodySection>
      )}

      {SECTION_KEYS.map((key) => (
        <BodySection key={key} title={SECTION_LABELS[key]} text={content.sections[key]} />
      ))}

      {content.qa.length > 0 && (
        <BodySection title={`政策问答（${content.qa.length}）`}>
          <QaList pairs={content.qa} initiallyOpen={answersOpen} />
        </BodySection>
      )}
    </>
  );
}
