import { Switch, Text, Textarea, View } from '@tarojs/components';
import { CONSULTATION_RULES } from '@sunshine/shared';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { AttachmentsEditor } from './attachments-editor';
import { CatalogueFields } from './catalogue-fields';
import { counter } from './counter';
import { DateField } from './date-field';
import { DRAFT_LIMITS } from './draft-limits';
import type { ConsultationForm } from './draft-model';
import { EntryHeader } from './entry-header';
import { withoutEntry } from './list-edits';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.consultation;

/** Every field of a consultation (征求意见): the draft, why, how comments are used, the period, clauses and closed questions. */
export function ConsultationFields(props: FieldsProps<ConsultationForm>) {
  const { form, issues, change, disabled } = props;
  const text = (
    field: 'summary' | 'basis' | 'feedbackUse' | 'body',
    label: string,
    placeholder: string,
  ) => (
    <FormField
      label={label}
      field={field}
      issues={issues}
      required
      hint={counter(form[field], LIMITS[field])}
    >
      <Textarea
        className='form-field__textarea'
        value={form[field]}
        maxlength={LIMITS[field]}
        disabled={disabled}
        autoHeight
        placeholder={placeholder}
        onInput={(e) => change(field, e.detail.value)}
      />
    </FormField>
  );
  return (
    <>
      <CatalogueFields {...props}>
        {text('summary', '摘要', '一两句话说明草案要解决什么')}
      </CatalogueFields>

      <StaffCard title='征求意见期限'>
        <DateField
          label='开始日期'
          field='opensOn'
          value={form.opensOn}
          issues={issues}
          required
          disabled={disabled}
          onChange={(value) => change('opensOn', value)}
        />
        <DateField
          label='截止日期'
          field='closesOn'
          value={form.closesOn}
          issues={issues}
          required
          hint={`不少于 ${CONSULTATION_RULES.minDays} 日；截止当日 24 时前的意见都会收到`}
          disabled={disabled}
          onChange={(value) => change('closesOn', value)}
        />
      </StaffCard>

      <StaffCard title='草案'>
        {text('basis', '起草依据和理由', '依据哪些法律法规、为什么要出台')}
        {text(
          'feedbackUse',
          '意见处理方式',
          '如：收到的意见将逐条研究，采纳情况在征求意见结束后公布',
        )}
        {text('body', '草案全文', '草案正文，分条请换行')}
        <FormField
          label='条款'
          field='sections'
          issues={issues}
          hint='每行一个，如“第一条”；群众提意见时可选择针对哪一条'
        >
          <Textarea
            className='form-field__textarea'
            value={form.sections}
            disabled={disabled}
            autoHeight
            placeholder={'第一条\n第二条'}
            onInput={(e) => change('sections', e.detail.value)}
          />
        </FormField>
      </StaffCard>

      <QuestionsEditor {...props} />
      <AttachmentsEditor {...props} />
    </>
  );
}

/** Closed questions (single or multiple choice); residents see the counts after closing. */
function QuestionsEditor({ form, issues, change, disabled }: FieldsProps<ConsultationForm>) {
  const { questions } = form;
  const add = () =>
    change('questions', [...questions, { prompt: '', multiple: false, options: '' }]);
  return (
    <StaffCard title={`选择题（${questions.length}）`}>
      {questions.length === 0 && (
        <Text className='draft-editor__muted'>
          可选。单选或多选题，征求意见结束后向群众公布统计结果。
        </Text>
      )}
      {questions.map((question, index) => (
        <View key={index} className='draft-editor__entry'>
          <EntryHeader
            title={`第 ${index + 1} 题`}
            disabled={disabled}
            onRemove={() => change('questions', withoutEntry(questions, index))}
          />
          <FormField label='题目' field={`questions.${index}.prompt`} issues={issues} required>
            <Textarea
              className='form-field__textarea draft-editor__short-text'
              value={question.prompt}
              maxlength={LIMITS.prompt}
              disabled={disabled}
              autoHeight
              placeholder='如：您是否支持…？'
              onInput={(e) => change(`questions.${index}.prompt`, e.detail.value)}
            />
          </FormField>
          <FormField label='多选' field={`questions.${index}.multiple`} issues={issues}>
            <View className='draft-editor__switch'>
              <Text className='draft-editor__muted'>
                {question.multiple ? '可选多项' : '只能选一项'}
              </Text>
              <Switch
                nativeProps={{ 'aria-label': '多选' }}
                checked={question.multiple}
                disabled={disabled}
                onChange={(e) => change(`questions.${index}.multiple`, e.detail.value)}
              />
            </View>
          </FormField>
          <FormField
            label='选项'
            field={`questions.${index}.options`}
            issues={issues}
            required
            hint={`每行一个，2 到 ${CONSULTATION_RULES.maxOptions} 个`}
          >
            <Textarea
              className='form-field__textarea'
              value={question.options}
              disabled={disabled}
              autoHeight
              placeholder={'支持\n不支持'}
              onInput={(e) => change(`questions.${index}.options`, e.detail.value)}
            />
          </FormField>
        </View>
      ))}
      <FieldError issues={issues} field='questions' />
      {!disabled && questions.length < LIMITS.questionCount && (
        <ActionButton variant='secondary' onClick={add}>
          ＋ 添加选择题
        </ActionButton>
      )}
    </StaffCard>
  );
}
