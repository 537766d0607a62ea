import { Picker, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { PublishInputSchema, validate } from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { publishItem } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { chinaDate, chinaTimeToIso, formatDateTime } from '../../components/format-time';

interface Props {
  itemId: string;
  onScheduled: () => void;
  onCancel: () => void;
}

/** Pick a date and a time on a clock in China; the server receives the instant in UTC. */
export function SchedulePanel({ itemId, onScheduled, onCancel }: Props) {
  const [date, setDate] = useState(chinaDate(1));
  const [time, setTime] = useState('09:00');
  const { run, refuse, busy, failure: problem } = useAction();
  const publishAt = chinaTimeToIso(date, time);

  const schedule = () => {
    const result = validate(PublishInputSchema, { publishAt });
    if (!result.ok || !publishAt)
      return refuse(result.ok ? '请选择发布时间' : result.issues[0]?.message);
    if (Date.parse(publishAt) <= Date.now()) return refuse('发布时间须晚于当前时间');
    // The panel closes once scheduled: it stays busy until then.
    return run(
      async () => {
        await publishItem(itemId, publishAt);
        onScheduled();
      },
      { keepBusy: true },
    );
  };

  return (
    <View className='review__schedule'>
      <Text className='review__schedule-title'>定时发布（北京时间）</Text>
      <View className='review__schedule-row'>
        <View className='review__schedule-cell'>
          <FormField label='日期'>
            <Picker
              mode='date'
              value={date}
              start={chinaDate()}
              onChange={(event) => setDate(event.detail.value)}
            >
              <View className='form-field__picker'>
                <Text>{date}</Text>
              </View>
            </Picker>
          </FormField>
        </View>
        <View className='review__schedule-cell'>
          <FormField label='时间'>
            <Picker mode='time' value={time} onChange={(event) => setTime(event.detail.value)}>
              <View className='form-field__picker'>
                <Text>{time}</Text>
              </View>
            </Picker>
          </FormField>
        </View>
      </View>
      {publishAt && (
        <Text className='review__schedule-preview'>将于 {formatDateTime(publishAt)} 发布</Text>
      )}
      {problem && (
        <View role='alert'>
          <Text className='review__schedule-problem'>{problem}</Text>
        </View>
      )}
      <View className='review__schedule-actions'>
        <ActionButton variant='secondary' compact disabled={busy} onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton compact busy={busy} onClick={() => void schedule()}>
          确认定时发布
        </ActionButton>
      </View>
    </View>
  );
}
