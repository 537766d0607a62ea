import { Text, Textarea, View } from '@tarojs/components';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { DRAFT_LIMITS } from './draft-limits';
import type { InterpretationForm } from './draft-model';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.interpretation;

/** An interpretation's policy Q&A pairs: add, remove, and write each question and answer. */
export function QaEditor({ form, issues, change, disabled }: FieldsProps<InterpretationForm>) {
  const addQa = () => change('qa', [...form.qa, { question: '', answer: '' }]);
  const removeQa = (index: number) => change('qa', form.qa.filter((_, i) => i !== index));
  return (
    <StaffCard title={`政策问答（${form.qa.length}）`}>
      {form.qa.length === 0 && <Text className='draft-editor__muted'>可选。群众关心的问题，可逐条列出问答。</Text>}
      {form.qa.map((pair, index) => (
        <View key={index} className='draft-editor__entry'>
          <View className='draft-editor__entry-header'>
            <Text className='draft-editor__entry-title'>第 {index + 1} 问</Text>
            {!disabled && (
              <Text className='draft-editor__entry-remove' onClick={() => removeQa(index)}>
                删除
              </Text>
            )}
          </View>
          <FormField label='问题' field={`qa.${index}.question`} issues={issues} required>
            <Textarea className='form-field__textarea draft-editor__short-text' value={pair.question} maxlength={LIMITS.question} disabled={disabled} autoHeight placeholder='问题' onInput={(e) => change(`qa.${index}.question`, e.detail.value)} />
          </FormField>
          <FormField label='回答' field={`qa.${index}.answer`} issues={issues} required>
            <Textarea className='form-field__textarea' value={pair.answer} maxlength={LIMITS.answer} disabled={disabled} autoHeight placeholder='回答' onInput={(e) => change(`qa.${index}.answer`, e.detail.value)} />
          </FormField>
        </View>
      ))}
      <FieldError issues={issues} field='qa' />
      {!disabled && form.qa.length < LIMITS.qaCount && (
        <ActionButton variant='secondary' onClick={addQa}>
          ＋ 添加问答
        </ActionButton>
      )}
    </StaffCard>
  );
}
