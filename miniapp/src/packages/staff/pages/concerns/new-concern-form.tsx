import { Input, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import {
  chinaDateTime,
  CONCERN_LEVEL_LABELS,
  CONCERN_LEVELS,
  OpenConcernInputSchema,
  validate,
  type ConcernLevel,
  type StaffConcernView,
} from '@sunshine/shared';
import { useOffices } from '../../../../hooks/use-bureau';
import { useAction } from '../../../../hooks/use-submission';
import { openConcern } from '../../../../services/concerns';
import { readSession } from '../../../../services/session';
import { ActionButton } from '../../components/action-button';
import { AssigneePicker } from '../../components/assignee-picker';
import { DateTimePicker } from '../../components/date-time-picker';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';
import { chinaTimeToIso } from '../../components/format-time';

/** Now on a clock in China: ['2026-12-07', '15:40']. */
const chinaNow = () => chinaDateTime(new Date()).split(' ') as [string, string];

/**
 * 新建关切: what happened, when it arose (now unless told otherwise: it may have arisen earlier, and
 * its clocks run from then), its level and office, and its 承办人 (the one who opens it checked
 * at first; at least one).
 */
export function NewConcernForm({
  onOpened,
  onCancel,
}: {
  onOpened: (concern: StaffConcernView) => void;
  onCancel: () => void;
}) {
  const offices = useOffices('list');
  const [now] = useState(chinaNow);
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [date, setDate] = useState(now[0]);
  const [time, setTime] = useState(now[1]);
  const [level, setLevel] = useState<ConcernLevel>();
  const [office, setOffice] = useState<string>();
  const [assignees, setAssignees] = useState<string[]>(() => {
    const me = readSession()?.user.userId;
    return me ? [me] : [];
  });
  const { submit, busy, failure, issues } = useAction();
  const officeIds = offices.map((each) => each.id);
  const officeNames = Object.fromEntries(offices.map((each) => [each.id, each.name]));

  const send = () =>
    submit(
      validate(OpenConcernInputSchema, {
        title: title.trim(),
        ...(summary.trim() ? { summary: summary.trim() } : {}),
        arisenAt: chinaTimeToIso(date, time) ?? '',
        level,
        office,
        assignees,
      }),
      openConcern,
    ).then((opened) => opened && onOpened(opened));

  return (
    <StaffCard title='新建关切'>
      <FormField label='发生了什么' field='title' issues={issues} required hint='4–60 字'>
        <Input
          className='form-field__input'
          value={title}
          maxlength={60}
          placeholder='如：某路段发生交通事故，网传伤亡情况'
          onInput={(event) => setTitle(event.detail.value)}
        />
      </FormField>
      <FormField label='情况摘要' field='summary' issues={issues} hint='选填，500 字以内'>
        <Textarea
          className='form-field__textarea'
          value={summary}
          maxlength={500}
          autoHeight
          placeholder='已掌握的情况、舆情来源'
          onInput={(event) => setSummary(event.detail.value)}
        />
      </FormField>
      <FormField
        label='发生时间'
        field='arisenAt'
        issues={issues}
        required
        hint='时限从发生时起按小时计算（不按工作日）'
      >
        <DateTimePicker date={date} time={time} end={now[0]} onDate={setDate} onTime={setTime} />
      </FormField>
      <FormField
        label='级别'
        field='level'
        issues={issues}
        required
        hint='重大突发事件：5 小时内首次权威发布，24 小时内新闻发布会；一般关切：48 小时内回应'
      >
        <OptionPicker
          options={CONCERN_LEVELS}
          labels={CONCERN_LEVEL_LABELS}
          value={level}
          placeholder='请选择级别'
          onChange={setLevel}
        />
      </FormField>
      <FormField label='责任科室' field='office' issues={issues} required>
        <OptionPicker
          options={officeIds}
          labels={officeNames}
          value={office}
          placeholder='请选择科室'
          onChange={setOffice}
        />
      </FormField>
      <FormField
        label='承办人'
        field='assignees'
        issues={issues}
        required
        hint='到时限一半和截止前 1 小时提醒承办人（须已订阅工作提醒）'
      >
        <AssigneePicker value={assignees} onChange={setAssignees} issues={issues} />
      </FormField>
      {failure && <Notice tone='error'>{failure}</Notice>}
      <View className='concerns-form__actions'>
        <ActionButton variant='secondary' compact disabled={busy} onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton compact busy={busy} onClick={() => void send()}>
          开启关切
        </ActionButton>
      </View>
    </StaffCard>
  );
}
