import { Input, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import {
  chinaDateTime,
  PressConferenceInputSchema,
  validate,
  type StaffConcernView,
} from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { recordPressConference } from '../../../../services/concerns';
import { ActionButton } from '../../components/action-button';
import { DateTimePicker } from '../../components/date-time-picker';
import { FormField } from '../../components/form-field';
import { chinaTimeToIso } from '../../components/format-time';
import { Notice } from '../../components/notice';
import { StaffCard } from '../../components/staff-card';

/** 记录新闻发布会: held (when, and the link to it) or not held (and why not). */
export function PressConferenceForm({
  concernId,
  onRecorded,
}: {
  concernId: string;
  onRecorded: (concern: StaffConcernView) => void;
}) {
  const [today, nowTime] = chinaDateTime(new Date()).split(' ') as [string, string];
  const [held, setHeld] = useState(true);
  const [date, setDate] = useState(today);
  const [time, setTime] = useState(nowTime);
  const [link, setLink] = useState('');
  const [note, setNote] = useState('');
  const { submit, busy, failure, issues } = useAction();

  const send = () =>
    submit(
      validate(
        PressConferenceInputSchema,
        held
          ? { held, at: chinaTimeToIso(date, time) ?? '', link: link.trim() }
          : { held, note: note.trim() },
      ),
      (input) => recordPressConference(concernId, input),
    ).then((saved) => saved && onRecorded(saved));

  return (
    <StaffCard title='记录新闻发布会'>
      <View className='staff-concern__choices'>
        {[true, false].map((choice) => (
          <View
            key={String(choice)}
            className={`staff-concern__choice${held === choice ? ' staff-concern__choice--on' : ''}`}
            ariaRole='radio'
            aria-checked={held === choice}
            onClick={() => setHeld(choice)}
          >
            <Text>{choice ? '已举行' : '未召开'}</Text>
          </View>
        ))}
      </View>
      {held ? (
        <>
          <FormField label='举行时间' field='at' issues={issues} required>
            <DateTimePicker date={date} time={time} end={today} onDate={setDate} onTime={setTime} />
          </FormField>
          <FormField label='发布会链接' field='link' issues={issues} required hint='https:// 开头'>
            <Input
              className='form-field__input'
              value={link}
              placeholder='https://'
              onInput={(event) => setLink(event.detail.value)}
            />
          </FormField>
        </>
      ) : (
        <FormField label='未举行的原因' field='note' issues={issues} required>
          <Textarea
            className='form-field__textarea'
            value={note}
            maxlength={200}
            autoHeight
            placeholder='如：已通过权威发布说明全部情况'
            onInput={(event) => setNote(event.detail.value)}
          />
        </FormField>
      )}
      {failure && <Notice tone='error'>{failure}</Notice>}
      <ActionButton busy={busy} onClick={() => void send()}>
        保存记录
      </ActionButton>
    </StaffCard>
  );
}
