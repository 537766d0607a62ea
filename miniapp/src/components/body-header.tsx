import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { paragraphs } from '../services/format';
import './content-body.scss';

/** The top of every kind's page: its tags, its title, what it says in a line, its date. */
export function BodyHeader({
  tags,
  title,
  summary,
  byline,
}: {
  tags: ReactNode;
  title: string;
  summary?: string;
  byline?: ReactNode;
}) {
  return (
    <View className='content-body__header'>
      <View className='content-body__tags'>{tags}</View>
      <Text className='content-body__title'>{title}</Text>
      {summary && <Text className='content-body__summary'>{summary}</Text>}
      {byline}
    </View>
  );
}

/** A titled section of paragraphs, as official text is read. */
export function BodySection({
  title,
  text,
  children,
}: {
  title: string;
  text?: string;
  children?: ReactNode;
}) {
  return (
    <View className='content-body__section'>
      <Text className='content-body__section-title'>{title}</Text>
      {paragraphs(text ?? '').map((line, index) => (
        <Text key={index} className='content-body__paragraph'>
          {line}
        </Text>
      ))}
      {children}
    </View>
  );
}
