import { Text, Textarea, View } from '@tarojs/components';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { DRAFT_LIMITS } from './draft-limits';
import type { DraftFormState } from './use-draft-form';

/** Policy Q&A pairs: add, remove, and write each question and answer. */
export function QaEditor({ state, disabled }: { state: DraftFormState; disabled: boolean }) {
  const { form, issues, change, addQa, removeQa } = state;
  return (
    <StaffCard title={`政策问答（${form.qa.length}）`}>
      {form.qa.length === 0 && <Text className='draft-editor__muted'>可选。群众关心的问题，可逐条列出问答。</Text>}
      {form.qa.map((pair, index) => (
        <View key={index} className='draft-editor__qa'>
          <View className='draft-editor__qa-header'>
            <Text className='draft-editor__qa-title'>第 {index + 1} 问</Text>
            {!disabled && (
              <Text className='draft-editor__qa-remove' onClick={() => removeQa(index)}>
                删除
              </Text>
            )}
          </View>
          <FormField label='问题' field={`qa.${index}.question`} issues={issues} required>
            <Textarea className='form-field__textarea draft-editor__question' value={pair.question} maxlength={DRAFT_LIMITS.question} disabled={disabled} autoHeight placeholder='问题' onInput={(e) => change(`qa.${index}.question`, e.detail.value)} />
          </FormField>
          <FormField label='回答' field={`qa.${index}.answer`} issues={issues} required>
            <Textarea className='form-field__textarea' value={pair.answer} maxlength={DRAFT_LIMITS.answer} disabled={disabled} autoHeight placeholder='回答' onInput={(e) => change(`qa.${index}.answer`, e.detail.value)} />
          </FormField>
        </View>
      ))}
      <FieldError issues={issues} field='qa' />
      {!disabled && form.qa.length < DRAFT_LIMITS.qaCount && (
        <ActionButton variant='secondary' onClick={addQa}>
          ＋ 添加问答
        </ActionButton>
      )}
    </StaffCard>
  );
}
