import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { counter } from './counter';
import { DRAFT_LIMITS } from './draft-limits';
import type { GuideForm } from './draft-model';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.guide;

/** Whether a service is charged, and if so how much and by which rule; most are free. */
export function FeeFields({ form, issues, change, disabled }: FieldsProps<GuideForm>) {
  const { fee } = form;
  return (
    <StaffCard title='收费'>
      <FormField label='是否收费' field='fee.free' issues={issues}>
        <View className='draft-editor__switch'>
          <Text className={fee.free ? 'draft-editor__muted' : 'draft-editor__switch-on'}>
            {fee.free ? '不收费' : '收费'}
          </Text>
          {/* The theme's accent red ($color-accent): a Switch takes its colour as a prop, not from SCSS. */}
          <Switch
            nativeProps={{ 'aria-label': '是否收费' }}
            checked={!fee.free}
            disabled={disabled}
            color='#c8161d'
            onChange={(e) => change('fee.free', !e.detail.value)}
          />
        </View>
      </FormField>
      {!fee.free && (
        <>
          <FormField label='收费标准' field='fee.amount' issues={issues} required>
            <Input
              className='form-field__input'
              value={fee.amount}
              maxlength={LIMITS.feeAmount}
              disabled={disabled}
              placeholder='如：每证 20 元'
              onInput={(e) => change('fee.amount', e.detail.value)}
            />
          </FormField>
          <FormField
            label='收费依据'
            field='fee.basis'
            issues={issues}
            required
            hint={counter(fee.basis, LIMITS.feeBasis)}
          >
            <Textarea
              className='form-field__textarea draft-editor__short-text'
              value={fee.basis}
              maxlength={LIMITS.feeBasis}
              disabled={disabled}
              autoHeight
              placeholder='收费所依据的文件及条款'
              onInput={(e) => change('fee.basis', e.detail.value)}
            />
          </FormField>
        </>
      )}
    </StaffCard>
  );
}
