import { Text, View } from '@tarojs/components';
import type { ClockView } from '@sunshine/shared';
import { clockText, clockTone } from './concern-clock-model';
import { formatDateTime } from './format-time';
import './concern-clock.scss';

/** One clock: its name, deadline (China time) and time left, coloured by urgency. */
export function ConcernClock({
  clock,
  arisenAt,
  now,
}: {
  clock: ClockView;
  arisenAt: string;
  now: number;
}) {
  const tone = clockTone(clock, arisenAt, now);
  return (
    <View className={`concern-clock concern-clock--${tone}`} data-tone={tone}>
      <Text className='concern-clock__label'>{clock.label}</Text>
      <Text className='concern-clock__due'>截止 {formatDateTime(clock.dueAt)}</Text>
      <Text className='concern-clock__left'>{clockText(clock, tone, now)}</Text>
    </View>
  );
}
