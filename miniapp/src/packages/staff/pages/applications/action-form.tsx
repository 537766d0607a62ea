import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import {
  ApplicationEventInputSchema,
  FEE_METHOD_LABELS,
  FEE_METHODS,
  FEE_PAYMENT_WORKING_DAYS,
  feeFor,
  feeTierLines,
  OUTCOME_GROUP_LABELS,
  OUTCOME_GROUPS,
  OUTCOME_RULES,
  REPLY_OUTCOMES,
  remediesStatement,
  replyDetailRule,
  validate,
  type ApplicationAction,
  type FeeMethod,
  type OutcomeGroup,
  type ReplyOutcome,
  type StaffApplicationView,
} from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { knownBureau } from '../../../../services/bureau';
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
  notify_fee: '发出收费通知',
  record_fee_paid: '登记已缴费',
  close_unpaid: '逾期未缴费，终止办理',
};

const OUTCOME_LABELS = Object.fromEntries(
  REPLY_OUTCOMES.map((outcome) => [outcome, OUTCOME_RULES[outcome].label]),
) as Record<ReplyOutcome, string>;
const outcomesOf = (group: OutcomeGroup) =>
  REPLY_OUTCOMES.filter((outcome) => OUTCOME_RULES[outcome].group === group);

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
  const [method, setMethod] = useState<FeeMethod>();
  const [quantity, setQuantity] = useState('');
  const [counted, setCounted] = useState('');
  const [group, setGroup] = useState<OutcomeGroup>();
  const [outcome, setOutcome] = useState<ReplyOutcome>();
  const [basis, setBasis] = useState('');
  const [alreadyPublic, setAlreadyPublic] = useState(false);
  /** A row picked fills in its legal basis, which staff may then edit. */
  const pickOutcome = (next: ReplyOutcome | undefined) => {
    setOutcome(next);
    setBasis(next ? OUTCOME_RULES[next].basis : '');
    if (next !== 'disclosed') setAlreadyPublic(false);
  };
  const pickGroup = (next: OutcomeGroup) => {
    setGroup(next);
    const rows = outcomesOf(next);
    pickOutcome(rows.length === 1 ? rows[0] : undefined);
  };
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
        return { action, version, outcome, basis, alreadyPublic, text, detail };
      case 'notify_fee':
        return {
          action,
          version,
          method,
          quantity: quantity === '' ? undefined : Number(quantity),
          alreadyCounted: method === 'by_count' && counted !== '' ? Number(counted) : 0,
          note: text,
        };
      case 'close_uncorrected':
      case 'record_fee_paid':
      case 'close_unpaid':
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
    notify_fee: ['说明（选填，将告知申请人，如缴费方式）', 'note'],
    record_fee_paid: ['缴费说明（选填）', 'note'],
    close_unpaid: ['说明（选填，将告知申请人）', 'note'],
  }[action];
  const optionalText =
    action === 'end_third_party' ||
    action === 'close_uncorrected' ||
    action === 'notify_fee' ||
    action === 'record_fee_paid' ||
    action === 'close_unpaid';
  const amount =
    method && /^\d+$/.test(quantity) && Number(quantity) > 0
      ? feeFor(method, Number(quantity), method === 'by_count' ? Number(counted || 0) : 0)
      : undefined;
  const detailRule = outcome && replyDetailRule(outcome, alreadyPublic);
  const rows = group ? outcomesOf(group) : [];
  return (
    <View className='staff-applications__form'>
      {action === 'reply' && (
        <>
          <FormField label='办理结果' field='outcome' issues={issues} required>
            <OptionPicker
              options={OUTCOME_GROUPS}
              labels={OUTCOME_GROUP_LABELS}
              value={group}
              placeholder='请选择办理结果（年度报告的类别）'
              onChange={pickGroup}
            />
            {rows.length > 1 && (
              <OptionPicker
                options={rows}
                labels={OUTCOME_LABELS}
                value={outcome}
                placeholder='请选择具体情形'
                onChange={pickOutcome}
              />
            )}
          </FormField>
          {outcome === 'disclosed' && (
            <FormField label='已主动公开' field='alreadyPublic' issues={issues}>
              <View className='staff-applications__switch'>
                <Text>{alreadyPublic ? '该信息已主动公开，告知获取途径' : '否'}</Text>
                <Switch
                  nativeProps={{ 'aria-label': '已主动公开' }}
                  checked={alreadyPublic}
                  onChange={(event) => setAlreadyPublic(event.detail.value)}
                />
              </View>
            </FormField>
          )}
          {outcome && (
            <FormField label='法律依据' field='basis' issues={issues} required>
              <Textarea
                className='form-field__textarea'
                nativeProps={{ 'aria-label': '法律依据' }}
                value={basis}
                maxlength={500}
                autoHeight
                onInput={(event) => setBasis(event.detail.value)}
              />
            </FormField>
          )}
        </>
      )}
      {action === 'notify_fee' && (
        <>
          <FormField label='计费方式' field='method' issues={issues} required>
            <OptionPicker
              options={FEE_METHODS}
              labels={FEE_METHOD_LABELS}
              value={method}
              placeholder='按件或按量计收'
              onChange={setMethod}
            />
          </FormField>
          {method === 'by_count' && (
            <FormField label='该申请人本月此前已申请件数' field='alreadyCounted' issues={issues}>
              <Input
                className='form-field__input'
                nativeProps={{ 'aria-label': '该申请人本月此前已申请件数' }}
                type='number'
                maxlength={6}
                value={counted}
                onInput={(event) => setCounted(event.detail.value)}
              />
            </FormField>
          )}
          <FormField
            label={method === 'by_pages' ? '页数' : '计费件数'}
            field='quantity'
            issues={issues}
            required
          >
            <Input
              className='form-field__input'
              nativeProps={{ 'aria-label': method === 'by_pages' ? '页数' : '计费件数' }}
              type='number'
              maxlength={6}
              value={quantity}
              onInput={(event) => setQuantity(event.detail.value)}
            />
          </FormField>
          {method && (
            <Notice tone='info' title={amount === undefined ? '收费标准' : `应缴 ${amount} 元`}>
              {`${feeTierLines(method).join('\n')}\n缴费期限：通知次日起 ${FEE_PAYMENT_WORKING_DAYS} 个工作日，期间不计入答复期限。`}
            </Notice>
          )}
        </>
      )}
      {action === 'extend' && (
        <FormField label='延长的工作日数（1–20）' field='days' issues={issues} required>
          <Input
            className='form-field__input'
            nativeProps={{ 'aria-label': '延长的工作日数（1–20）' }}
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
        required={!optionalText}
      >
        <Textarea
          className='form-field__textarea'
          nativeProps={{ 'aria-label': textField[0]! }}
          value={text}
          maxlength={5000}
          autoHeight
          onInput={(event) => setText(event.detail.value)}
        />
      </FormField>
      {action === 'reply' && detailRule && (
        <FormField
          label={detailRule.label}
          field='detail'
          issues={issues}
          required={detailRule.required}
        >
          <Textarea
            className='form-field__textarea'
            nativeProps={{ 'aria-label': detailRule.label }}
            value={detail}
            maxlength={1000}
            autoHeight
            onInput={(event) => setDetail(event.detail.value)}
          />
        </FormField>
      )}
      {action === 'reply' && outcome && OUTCOME_RULES[outcome].statesRemedies && (
        <Notice tone='info' title='答复将告知救济途径'>
          {remediesStatement(knownBureau()?.remedies)}
        </Notice>
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
