import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import { CATEGORY_LABELS, DISCLOSURE_CATEGORIES, FORMAT_LABELS, INTERPRETATION_FORMATS, SECTION_KEYS, SECTION_LABELS } from '@sunshine/shared';
import { FormField } from '../../components/form-field';
import { chinaDate } from '../../components/format-time';
import { StaffCard } from '../../components/staff-card';
import { DRAFT_LIMITS } from './draft-limits';
import { OptionPicker } from '../../components/option-picker';
import { QaEditor } from './qa-editor';
import type { DraftFormState } from './use-draft-form';

/** The fields this form shows a problem under; anything else is listed above the buttons. */
export const PLACED_FIELD = /^(title|summary|category|format|document\.(title|number|issuer|issuedAt)|sections\.\w+|qa(\.\d+\.(question|answer))?)$/;

const counter = (text: string, max: number) => `${text.length}/${max}`;

/** Every field of an interpretation draft, each with its problems underneath. */
export function DraftFields({ state, disabled }: { state: DraftFormState; disabled: boolean }) {
  const { form, issues, change } = state;
  return (
    <>
      <StaffCard title='基本信息'>
        <FormField label='标题' field='title' issues={issues} required>
          <Input className='form-field__input' value={form.title} maxlength={DRAFT_LIMITS.title} disabled={disabled} placeholder='如：关于《…》的解读' onInput={(e) => change('title', e.detail.value)} />
        </FormField>
        <FormField label='摘要' field='summary' issues={issues} required hint={counter(form.summary, DRAFT_LIMITS.summary)}>
          <Textarea className='form-field__textarea' value={form.summary} maxlength={DRAFT_LIMITS.summary} disabled={disabled} autoHeight placeholder='一两句话说明解读要点' onInput={(e) => change('summary', e.detail.value)} />
        </FormField>
        <FormField label='公开类别' field='category' issues={issues} required>
          <OptionPicker options={DISCLOSURE_CATEGORIES} labels={CATEGORY_LABELS} value={form.category} placeholder='请选择公开类别' disabled={disabled} onChange={(value) => change('category', value)} />
        </FormField>
        <FormField label='解读形式' field='format' issues={issues} required>
          <OptionPicker options={INTERPRETATION_FORMATS} labels={FORMAT_LABELS} value={form.format} placeholder='请选择解读形式' disabled={disabled} onChange={(value) => change('format', value)} />
        </FormField>
      </StaffCard>

      <StaffCard title='解读文件'>
        <FormField label='文件标题' field='document.title' issues={issues} required>
          <Input className='form-field__input' value={form.document.title} maxlength={DRAFT_LIMITS.documentTitle} disabled={disabled} placeholder='被解读文件的全称' onInput={(e) => change('document.title', e.detail.value)} />
        </FormField>
        <FormField label='文号' field='document.number' issues={issues} hint='没有文号的可不填'>
          <Input className='form-field__input' value={form.document.number} maxlength={DRAFT_LIMITS.documentNumber} disabled={disabled} placeholder='如：上公发〔2023〕12号' onInput={(e) => change('document.number', e.detail.value)} />
        </FormField>
        <FormField label='发文机关' field='document.issuer' issues={issues} required>
          <Input className='form-field__input' value={form.document.issuer} maxlength={DRAFT_LIMITS.issuer} disabled={disabled} placeholder='如：长治市公安局上党分局' onInput={(e) => change('document.issuer', e.detail.value)} />
        </FormField>
        <FormField label='成文日期' field='document.issuedAt' issues={issues} required>
          <Picker mode='date' value={form.document.issuedAt || chinaDate()} end={chinaDate()} disabled={disabled} onChange={(e) => change('document.issuedAt', e.detail.value)}>
            <View className='form-field__picker'>
              <Text className={form.document.issuedAt ? '' : 'form-field__picker-placeholder'}>{form.document.issuedAt || '请选择成文日期'}</Text>
              <Text className='form-field__picker-arrow'>选择 ›</Text>
            </View>
          </Picker>
        </FormField>
      </StaffCard>

      <StaffCard title='解读内容'>
        {SECTION_KEYS.map((key) => (
          <FormField key={key} label={SECTION_LABELS[key]} field={`sections.${key}`} issues={issues} required hint={counter(form.sections[key], DRAFT_LIMITS.sections[key])}>
            <Textarea
              className='form-field__textarea'
              value={form.sections[key]}
              maxlength={DRAFT_LIMITS.sections[key]}
              disabled={disabled}
              autoHeight
              placeholder={`${SECTION_LABELS[key]}，分段请换行`}
              onInput={(e) => change(`sections.${key}`, e.detail.value)}
            />
          </FormField>
        ))}
      </StaffCard>

      <QaEditor state={state} disabled={disabled} />
    </>
  );
}
