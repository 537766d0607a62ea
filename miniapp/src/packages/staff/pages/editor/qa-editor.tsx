import { Text, Textarea, View } from '@tarojs/components';
import type { QaPair } from '@sunshine/shared';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { DRAFT_LIMITS } from './draft-limits';
import type { DraftForm } from './draft-model';
import { EntryHeader } from './entry-header';
import { withoutEntry } from './list-edits';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.qaPair;

interface Props extends Omit<FieldsProps<DraftForm>, 'form'> {
  /** The list's field: an interpretation's `qa`, a guide's `faq`; problems are named under it. */
  field: string;
  pairs: QaPair[];
  max: number;
  title: string;
  emptyHint: string;
}

/** Question-and-answer pairs of a draft: add, remove, and write each question and answer. */
export function QaEditor({ field, pairs, max, title, emptyHint, issues, change, disabled }: Props) {
  const add = () => change(field, [...pairs, { question: '', answer: '' }]);
  return (
    <StaffCard title={`${title}（${pairs.length}）`}>
      {pairs.length === 0 && <Text className='draft-editor__muted'>{emptyHint}</Text>}
      {pairs.map((pair, index) => (
        <View key={index} className='draft-editor__entry'>
          <EntryHeader
            title={`第 ${index + 1} 问`}
            disabled={disabled}
            onRemove={() => change(field, withoutEntry(pairs, index))}
          />
          <FormField label='问题' field={`${field}.${index}.question`} issues={issues} required>
            <Textarea
              className='form-field__textarea draft-editor__short-text'
              value={pair.question}
              maxlength={LIMITS.question}
              disabled={disabled}
              autoHeight
              placeholder='问题'
              onInput={(e) => change(`${field}.${index}.question`, e.detail.value)}
            />
          </FormField>
          <FormField label='回答' field={`${field}.${index}.answer`} issues={issues} required>
            <Textarea
              className='form-field__textarea'
              value={pair.answer}
              maxlength={LIMITS.answer}
              disabled={disabled}
              autoHeight
              placeholder='回答'
              onInput={(e) => change(`${field}.${index}.answer`, e.detail.value)}
            />
          </FormField>
        </View>
      ))}
      <FieldError issues={issues} field={field} />
      {!disabled && pairs.length < max && (
        <ActionButton variant='secondary' onClick={add}>
          ＋ 添加问答
        </ActionButton>
      )}
    </StaffCard>
  );
}
