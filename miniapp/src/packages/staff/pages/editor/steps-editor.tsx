import { Input, Text, Textarea, View } from '@tarojs/components';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { DRAFT_LIMITS } from './draft-limits';
import type { GuideForm } from './draft-model';
import { EntryHeader } from './entry-header';
import { movedUp, withoutEntry } from './list-edits';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.guide;

/** A guide's process, step by step in the order it is done (申请—受理—审核—办结). */
export function StepsEditor({ form, issues, change, disabled }: FieldsProps<GuideForm>) {
  const { steps } = form;
  return (
    <StaffCard title={`办理流程（${steps.length}）`}>
      {steps.length === 0 && (
        <Text className='draft-editor__muted'>按办理顺序逐个环节填写，至少一个环节。</Text>
      )}
      {steps.map((step, index) => (
        <View key={index} className='draft-editor__entry'>
          <EntryHeader
            title={`第 ${index + 1} 步`}
            disabled={disabled}
            onRemove={() => change('steps', withoutEntry(steps, index))}
            onMoveUp={index > 0 ? () => change('steps', movedUp(steps, index)) : undefined}
          />
          <FormField label='环节名称' field={`steps.${index}.name`} issues={issues} required>
            <Input
              className='form-field__input'
              value={step.name}
              maxlength={LIMITS.stepName}
              disabled={disabled}
              placeholder='如：受理'
              onInput={(e) => change(`steps.${index}.name`, e.detail.value)}
            />
          </FormField>
          <FormField label='环节说明' field={`steps.${index}.description`} issues={issues} required>
            <Textarea
              className='form-field__textarea draft-editor__short-text'
              value={step.description}
              maxlength={LIMITS.stepDescription}
              disabled={disabled}
              autoHeight
              placeholder='这一步谁办、办什么'
              onInput={(e) => change(`steps.${index}.description`, e.detail.value)}
            />
          </FormField>
        </View>
      ))}
      <FieldError issues={issues} field='steps' />
      {!disabled && steps.length < LIMITS.stepCount && (
        <ActionButton
          variant='secondary'
          onClick={() => change('steps', [...steps, { name: '', description: '' }])}
        >
          ＋ 添加环节
        </ActionButton>
      )}
    </StaffCard>
  );
}
