import { Text, View } from '@tarojs/components';
import { CATEGORY_LABELS, FORMAT_LABELS, SECTION_KEYS, SECTION_LABELS, type InterpretationDraft } from '@sunshine/shared';
import type { ReactNode } from 'react';
import { paragraphs } from '../services/format';
import { QaList } from './qa-list';
import './interpretation-body.scss';

interface Props {
  content: InterpretationDraft;
  /** Under the title: the publication date for residents, nothing for a draft. */
  byline?: ReactNode;
  /** Beside the category and format tags, e.g. the demo badge. */
  badges?: ReactNode;
  /** Reviewers read every answer; residents open the ones they want. */
  answersOpen?: boolean;
}

/**
 * An interpretation as residents read it: title, its document, the four sections and the policy
 * Q&A. The staff review page shows drafts through this same component, so a reviewer approves
 * exactly what residents will see.
 */
export function InterpretationBody({ content, byline, badges, answersOpen = false }: Props) {
  const { document } = content;
  return (
    <>
      <View className='interp-body__header'>
        <View className='interp-body__tags'>
          <Text className='interp-body__tag'>{CATEGORY_LABELS[content.category]}</Text>
          <Text className='interp-body__tag interp-body__tag--plain'>{FORMAT_LABELS[content.format]}</Text>
          {badges}
        </View>
        <Text className='interp-body__title'>{content.title}</Text>
        <Text className='interp-body__summary'>{content.summary}</Text>
        {byline}
      </View>

      <View className='interp-body__document'>
        <Text className='interp-body__document-label'>解读文件</Text>
        <Text className='interp-body__document-title'>{document.title}</Text>
        <Text className='interp-body__document-meta'>{[document.issuer, document.number, `成文日期 ${document.issuedAt}`].filter(Boolean).join(' · ')}</Text>
      </View>

      {SECTION_KEYS.map((key) => (
        <View key={key} className='interp-body__section'>
          <Text className='interp-body__section-title'>{SECTION_LABELS[key]}</Text>
          {paragraphs(content.sections[key]).map((line, index) => (
            <Text key={index} className='interp-body__paragraph'>
              {line}
            </Text>
          ))}
        </View>
      ))}

      {content.qa.length > 0 && (
        <View className='interp-body__section'>
          <Text className='interp-body__section-title'>政策问答（{content.qa.length}）</Text>
          <QaList pairs={content.qa} initiallyOpen={answersOpen} />
        </View>
      )}
    </>
  );
}
