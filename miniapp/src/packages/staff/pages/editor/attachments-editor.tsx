import { Input, Text, View } from '@tarojs/components';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { DRAFT_LIMITS } from './draft-limits';
import type { ConsultationForm, DocumentForm } from './draft-model';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.document;

/** A document's or a consultation's attachments, each a name and an https link to the file: add, remove, edit. */
export function AttachmentsEditor({
  form,
  issues,
  change,
  disabled,
}: FieldsProps<DocumentForm | ConsultationForm>) {
  const { attachments } = form;
  const add = () => change('attachments', [...attachments, { name: '', url: '' }]);
  const remove = (index: number) =>
    change(
      'attachments',
      attachments.filter((_, i) => i !== index),
    );
  return (
    <StaffCard title={`附件（${attachments.length}）`}>
      {attachments.length === 0 && (
        <Text className='draft-editor__muted'>
          可选。附件须先上传到本单位网站，此处填写其名称和链接。
        </Text>
      )}
      {attachments.map((attachment, index) => (
        <View key={index} className='draft-editor__entry'>
          <View className='draft-editor__entry-header'>
            <Text className='draft-editor__entry-title'>附件 {index + 1}</Text>
            {!disabled && (
              <Text className='draft-editor__entry-remove' onClick={() => remove(index)}>
                删除
              </Text>
            )}
          </View>
          <FormField label='附件名称' field={`attachments.${index}.name`} issues={issues} required>
            <Input
              className='form-field__input'
              value={attachment.name}
              maxlength={LIMITS.attachmentName}
              disabled={disabled}
              placeholder='如：考核细则.pdf'
              onInput={(e) => change(`attachments.${index}.name`, e.detail.value)}
            />
          </FormField>
          <FormField label='附件链接' field={`attachments.${index}.url`} issues={issues} required>
            <Input
              className='form-field__input'
              value={attachment.url}
              maxlength={LIMITS.attachmentUrl}
              disabled={disabled}
              placeholder='https://'
              onInput={(e) => change(`attachments.${index}.url`, e.detail.value)}
            />
          </FormField>
        </View>
      ))}
      <FieldError issues={issues} field='attachments' />
      {!disabled && attachments.length < LIMITS.attachmentCount && (
        <ActionButton variant='secondary' onClick={add}>
          ＋ 添加附件
        </ActionButton>
      )}
    </StaffCard>
  );
}
