import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import './clamped-text.scss';

/** Beyond this many characters a text starts clamped, with a toggle to read it all. */
const CLAMP_CHARS = 120;

/** Long text shown in a few lines first, expanded with a tap. */
export function ClampedText({ text, className = '' }: { text: string; className?: string }) {
  const [expanded, setExpanded] = useState(false);
  const long = text.length > CLAMP_CHARS;
  return (
    <View className={`clamped-text ${className}`}>
      <Text
        className={`clamped-text__body${long && !expanded ? ' clamped-text__body--clamped' : ''}`}
      >
        {text}
      </Text>
      {long && (
        <Text
          className='clamped-text__toggle'
          onClick={() => setExpanded(!expanded)}
          aria-expanded={expanded}
        >
          {expanded ? '收起' : '展开全文'}
        </Text>
      )}
    </View>
  );
}
