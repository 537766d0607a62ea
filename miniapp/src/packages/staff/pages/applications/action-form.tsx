import { Input, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import {
  ApplicationEventInputSchema,
  REPLY_KIND_RULES,
  REPLY_KINDS,
  validate,
  type ApplicationAction,
  type ReplyKind,
  type StaffApplicationView,
} from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { recordApplicationEvent } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { OptionPicker } from '../../components/option-picker';

export const ACTION_LABELS: Record<ApplicationAction, string> = {
  request_correction: '要求补正',
  start_third_party: '征求第三方意见',
  end_third_party: '结束征求意见',
  extend: '延长答复期限',
  reply: '答复',
  close_uncorrected: '期满未补正，终止办理',
};

const REPLY_LABELS = Object.fromEntries(
  REPLY_KINDS.map((kind) => [kind, REPLY_KIND_RULES[kind].label]),
) as Record<ReplyKind, string>;

interface Props {
  application: StaffApplicationView;
  action: ApplicationAction;
  onDone: (view: StaffApplicationView) => void;
  onCancel: () => void;
}

/** The fields of one action, checked with the shared schema, sent with the version on screen. */
export function ActionForm({ application, action, onDone, onCancel }: Props) {
  const [text, setText] = useState('');
  const [detail, setDetail] = useState('');
  const [days, setDays] = useState('');
  const [kind, setKind] = useState<ReplyKind>();
  const { submit: send, busy, failure, issues } = useAction();

  const input = () => {
    const version = application.version;
    switch (action) {
      case 'request_correction':
        return { action, version, text };
      case 'start_third_party':
      case 'end_third_party':
        return { action, version, note: text };
      case 'extend':
        return { action, version, days: days === '' ? undefined : Number(days), reason: text };
      case 'reply':
        return { action, version, kind, text, detail };
      case 'close_uncorrected':
        return { action, version, note: text };
    }
  };
  // A 409 says why: a colleague acted first, or the step is not allowed now. The form closes when done.
  const submit = () =>
    send(
      validate(ApplicationEventInputSchema, input()),
      async (event) => onDone(await recordApplicationEvent(application.id, event)),
      { keepBusy: true },
    );

  const textField = {
    request_correction: ['需补正的内容', 'text'],
    start_third_party: ['征求意见的第三方及事项', 'note'],
    end_third_party: ['第三方意见（选填）', 'note'],
    extend: ['延期理由（将告知申请人）', 'reason'],
    reply: ['答复内容', 'text'],
    close_uncorrected: ['说明（选填，将告知申请人）', 'note'],
  }[action];
  const detailLabel = kind && REPLY_KIND_RULES[kind].detail;
  return (
    <View className='staff-applications__form'>
      {action === 'reply' && (
        <FormField label='答复类型' field='kind' issues={issues} required>
          <OptionPicker
            options={REPLY_KINDS}
            labels={REPLY_LABELS}
            value={kind}
            placeholder='请选择答复类型'
            onChange={setKind}
          />
        </FormField>
      )}
      {action === 'extend' && (
        <FormField label='延长的工作日数（1–20）' field='days' issues={issues} required>
          <Input
            className='form-field__input'
            type='number'
            maxlength={2}
            value={days}
            onInput={(event) => setDays(event.detail.value)}
          />
        </FormField>
      )}
      <FormField
        label={textField[0]!}
        field={textField[1]!}
        issues={issues}
        required={action !== 'end_third_party'}
      >
        <Textarea
          className='form-field__textarea'
          value={text}
          maxlength={5000}
          autoHeight
          onInput={(event) => setText(event.detail.value)}
        />
      </FormField>
      {action === 'reply' && detailLabel && (
        <FormField label={detailLabel} field='detail' issues={issues} required>
          <Textarea
            className='form-field__textarea'
            value={detail}
            maxlength={1000}
            autoHeight
            onInput={(event) => setDetail(event.detail.value)}
          />
        </FormField>
      )}
      {failure && <Notice tone='error'>{failure}</Notice>}
      <View className='staff-applications__buttons'>
        <ActionButton variant='secondary' compact disabled={busy} onClick={onCancel}>
          取消
        </ActionButton>
        <ActionButton compact busy={busy} onClick={() => void submit()}>
          {`确认${ACTION_LABELS[action]}`}
        </ActionButton>
      </View>
    </View>
  );
}
