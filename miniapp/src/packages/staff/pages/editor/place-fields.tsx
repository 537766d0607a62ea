import { Input, Textarea, View } from '@tarojs/components';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { DRAFT_LIMITS } from './draft-limits';
import type { GuideForm } from './draft-model';
import { HoursEditor } from './hours-editor';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.guide;

/** Where and when to go, and whom to call: what a resident needs before setting out. */
export function PlaceFields(props: FieldsProps<GuideForm>) {
  const { form, issues, change, disabled } = props;
  return (
    <StaffCard title='办理地点与时间'>
      <FormField
        label='办理地点'
        field='address'
        issues={issues}
        required
        hint='下方经纬度可不填；填写后群众可在地图上导航到此处'
      >
        <Textarea
          className='form-field__textarea draft-editor__short-text'
          value={form.address}
          maxlength={LIMITS.address}
          disabled={disabled}
          autoHeight
          placeholder='如：上党区政务服务中心一楼公安窗口'
          onInput={(e) => change('address', e.detail.value)}
        />
      </FormField>
      <View className='draft-editor__pair'>
        <View className='draft-editor__half'>
          <FormField label='纬度' field='location.latitude' issues={issues}>
            <Input
              className='form-field__input'
              type='digit'
              value={form.location.latitude}
              disabled={disabled}
              placeholder='如：36.0519'
              onInput={(e) => change('location.latitude', e.detail.value)}
            />
          </FormField>
        </View>
        <View className='draft-editor__half'>
          <FormField label='经度' field='location.longitude' issues={issues}>
            <Input
              className='form-field__input'
              type='digit'
              value={form.location.longitude}
              disabled={disabled}
              placeholder='如：113.0575'
              onInput={(e) => change('location.longitude', e.detail.value)}
            />
          </FormField>
        </View>
      </View>
      <HoursEditor {...props} />
      <FormField label='咨询电话' field='enquiryPhone' issues={issues} required>
        <Input
          className='form-field__input'
          value={form.enquiryPhone}
          disabled={disabled}
          placeholder='如：0355-1234567'
          onInput={(e) => change('enquiryPhone', e.detail.value)}
        />
      </FormField>
      <FormField label='监督投诉电话' field='complaintPhone' issues={issues} required>
        <Input
          className='form-field__input'
          value={form.complaintPhone}
          disabled={disabled}
          placeholder='如：12345 或 0355-1234567'
          onInput={(e) => change('complaintPhone', e.detail.value)}
        />
      </FormField>
    </StaffCard>
  );
}
