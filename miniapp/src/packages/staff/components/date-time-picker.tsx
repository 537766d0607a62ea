import { Picker, Text, View } from '@tarojs/components';
import './date-time-picker.scss';

/**
 * A moment in China time as two pickers side by side, a day and an hour:minute (the forms turn
 * them into an instant with chinaTimeToIso). `end` caps the day, for moments that cannot be later
 * than today.
 */
export function DateTimePicker({
  date,
  time,
  end,
  onDate,
  onTime,
}: {
  date: string;
  time: string;
  end?: string;
  onDate: (date: string) => void;
  onTime: (time: string) => void;
}) {
  return (
    <View className='date-time-picker'>
      <Picker mode='date' value={date} end={end} onChange={(event) => onDate(event.detail.value)}>
        <View className='form-field__picker'>
          <Text>{date}</Text>
          <Text className='form-field__picker-arrow'>日期 ›</Text>
        </View>
      </Picker>
      <Picker mode='time' value={time} onChange={(event) => onTime(event.detail.value)}>
        <View className='form-field__picker'>
          <Text>{time}</Text>
          <Text className='form-field__picker-arrow'>时间 ›</Text>
        </View>
      </Picker>
    </View>
  );
}
