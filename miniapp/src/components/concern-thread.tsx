import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { chinaDateTime, type PublicConcernView } from '@sunshine/shared';
import { detailUrl } from '../page-urls';
import './concern-thread.scss';

interface ThreadStep {
  key: string;
  at: string;
  label: string;
  text: string;
  itemId?: string;
}

/** '2026-12-07T02:00:00.000Z' → '2026-12-07 10:00', China time whatever the phone's zone. */
export const chinaTimeText = (iso: string) => chinaDateTime(new Date(iso));

/**
 * The concern's thread in time order: when it arose, each release attached to it (首次权威发布,
 * 进展通报, 辟谣, 情况说明), and once closed the closing statement.
 */
export function threadSteps(concern: PublicConcernView): ThreadStep[] {
  const releases = [...concern.entries]
    .sort((a, b) => a.publishedAt.localeCompare(b.publishedAt))
    .map((entry) => ({
      key: entry.itemId,
      at: entry.publishedAt,
      label: entry.entryLabel,
      text: entry.title,
      itemId: entry.itemId,
    }));
  return [
    { key: 'arisen', at: concern.arisenAt, label: '事件发生', text: concern.title },
    ...releases,
    ...(concern.closedAt && concern.statement
      ? [{ key: 'closed', at: concern.closedAt, label: '结束回应', text: concern.statement }]
      : []),
  ];
}

export function ConcernThread({ concern }: { concern: PublicConcernView }) {
  return (
    <View className='concern-thread' ariaRole='list'>
      {threadSteps(concern).map((step) => (
        <View
          key={step.key}
          className={`concern-thread__step${step.itemId ? ' concern-thread__step--link' : ''}`}
          ariaRole='listitem'
          onClick={
            step.itemId ? () => void Taro.navigateTo({ url: detailUrl(step.itemId!) }) : undefined
          }
        >
          <View className='concern-thread__head'>
            <Text className='concern-thread__label'>{step.label}</Text>
            <Text className='concern-thread__time'>{chinaTimeText(step.at)}</Text>
          </View>
          <Text className='concern-thread__text'>{step.text}</Text>
          {step.itemId && <Text className='concern-thread__more'>查看全文 ›</Text>}
        </View>
      ))}
    </View>
  );
}
