import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import { MATERIAL_FORM_LABELS, MATERIAL_FORMS } from '@sunshine/shared';
import { ActionButton } from '../../components/action-button';
import { FieldError } from '../../components/field-error';
import { FormField } from '../../components/form-field';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';
import { DRAFT_LIMITS } from './draft-limits';
import type { GuideForm, MaterialForm } from './draft-model';
import { EntryHeader } from './entry-header';
import { movedUp, withoutEntry } from './list-edits';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.guide;

/** Most materials are one copy; whether an original is needed is for the editor to say. */
const NEW_MATERIAL: MaterialForm = { name: '', copies: '1', notes: '', online: false };

/** A guide's list of application materials, in the order residents gather them. */
export function MaterialsEditor({ form, issues, change, disabled }: FieldsProps<GuideForm>) {
  const { materials } = form;
  return (
    <StaffCard title={`申请材料（${materials.length}）`}>
      {materials.length === 0 && (
        <Text className='draft-editor__muted'>
          逐项列出群众须提交的材料；无需材料的事项可不填。
        </Text>
      )}
      {materials.map((material, index) => {
        const at = `materials.${index}`;
        return (
          <View key={index} className='draft-editor__entry'>
            <EntryHeader
              title={`材料 ${index + 1}`}
              disabled={disabled}
              onRemove={() => change('materials', withoutEntry(materials, index))}
              onMoveUp={
                index > 0 ? () => change('materials', movedUp(materials, index)) : undefined
              }
            />
            <FormField label='材料名称' field={`${at}.name`} issues={issues} required>
              <Input
                className='form-field__input'
                value={material.name}
                maxlength={LIMITS.materialName}
                disabled={disabled}
                placeholder='如：居民户口簿'
                onInput={(e) => change(`${at}.name`, e.detail.value)}
              />
            </FormField>
            <FormField label='原件或复印件' field={`${at}.form`} issues={issues} required>
              <OptionPicker
                options={MATERIAL_FORMS}
                labels={MATERIAL_FORM_LABELS}
                value={material.form}
                placeholder='请选择'
                disabled={disabled}
                onChange={(value) => change(`${at}.form`, value)}
              />
            </FormField>
            <FormField label='份数' field={`${at}.copies`} issues={issues} required>
              <Input
                className='form-field__input'
                nativeProps={{ 'aria-label': '份数' }}
                type='number'
                value={material.copies}
                disabled={disabled}
                onInput={(e) => change(`${at}.copies`, e.detail.value)}
              />
            </FormField>
            <FormField
              label='材料说明'
              field={`${at}.notes`}
              issues={issues}
              hint='可选，如：须在有效期内'
            >
              <Textarea
                className='form-field__textarea draft-editor__short-text'
                nativeProps={{ 'aria-label': '材料说明' }}
                value={material.notes}
                maxlength={LIMITS.materialNotes}
                disabled={disabled}
                autoHeight
                onInput={(e) => change(`${at}.notes`, e.detail.value)}
              />
            </FormField>
            <FormField label='可网上提交' field={`${at}.online`} issues={issues}>
              <View className='draft-editor__switch'>
                <Text className='draft-editor__muted'>
                  {material.online ? '可网上提交（电子证照或上传）' : '仅现场提交'}
                </Text>
                {/* The theme's primary blue: a Switch takes its colour as a prop, not from SCSS. */}
                <Switch
                  nativeProps={{ 'aria-label': '可网上提交' }}
                  checked={material.online}
                  disabled={disabled}
                  color='#1e4da1'
                  onChange={(e) => change(`${at}.online`, e.detail.value)}
                />
              </View>
            </FormField>
          </View>
        );
      })}
      <FieldError issues={issues} field='materials' />
      {!disabled && materials.length < LIMITS.materialCount && (
        <ActionButton
          variant='secondary'
          onClick={() => change('materials', [...materials, { ...NEW_MATERIAL }])}
        >
          ＋ 添加材料
        </ActionButton>
      )}
    </StaffCard>
  );
}
