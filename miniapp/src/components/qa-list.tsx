import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { QaPair } from '@sunshine/shared';
import { paragraphs } from '../services/format';
import './qa-list.scss';

/** Policy Q&A: questions listed, each answer opened with a tap. */
export function QaList({
  pairs,
  initiallyOpen = false,
}: {
  pairs: QaPair[];
  initiallyOpen?: boolean;
}) {
  const [open, setOpen] = useState<Set<number>>(
    () => new Set(initiallyOpen ? pairs.map((_, index) => index) : []),
  );
  const toggle = (index: number) =>
    setOpen((previous) => {
      const next = new Set(previous);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });
  return (
    <View className='qa-list'>
      {pairs.map((pair, index) => {
        const expanded = open.has(index);
        return (
          <View key={index} className={`qa-list__item${expanded ? ' qa-list__item--open' : ''}`}>
            <View
              className='qa-list__question'
              hoverClass='qa-list__question--pressed'
              onClick={() => toggle(index)}
              aria-expanded={expanded}
            >
              <Text className='qa-list__mark'>问</Text>
              <Text className='qa-list__question-text'>{pair.question}</Text>
              <Text className='qa-list__chevron'>{expanded ? '收起' : '展开'}</Text>
            </View>
            {expanded && (
              <View className='qa-list__answer'>
                <Text className='qa-list__mark qa-list__mark--answer'>答</Text>
                <View className='qa-list__answer-body'>
                  {paragraphs(pair.answer).map((line, i) => (
                    <Text key={i} className='qa-list__answer-text'>
                      {line}
                    </Text>
                  ))}
                </View>
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
