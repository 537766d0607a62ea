import { Input, Textarea } from '@tarojs/components';
import { DISCLOSURE_LABELS, DISCLOSURES, VALIDITIES, VALIDITY_LABELS } from '@sunshine/shared';
import { FormField } from '../../components/form-field';
import { chinaDate } from '../../components/format-time';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';
import { AttachmentsEditor } from './attachments-editor';
import { CatalogueFields } from './catalogue-fields';
import { counter } from './counter';
import { DateField } from './date-field';
import { DRAFT_LIMITS } from './draft-limits';
import type { DocumentForm } from './draft-model';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.document;

/** Every field of a policy document: its particulars, its disclosure, the full text, attachments. */
export function DocumentFields(props: FieldsProps<DocumentForm>) {
  const { form, issues, change, disabled } = props;
  return (
    <>
      <CatalogueFields {...props}>
        <FormField
          label='摘要'
          field='summary'
          issues={issues}
          required
          hint={counter(form.summary, LIMITS.summary)}
        >
          <Textarea
            className='form-field__textarea'
            value={form.summary}
            maxlength={LIMITS.summary}
            disabled={disabled}
            autoHeight
            placeholder='一两句话说明文件要点'
            onInput={(e) => change('summary', e.detail.value)}
          />
        </FormField>
      </CatalogueFields>

      <StaffCard title='文件信息'>
        <FormField label='文号' field='number' issues={issues} hint='没有文号的可不填'>
          <Input
            className='form-field__input'
            value={form.number}
            maxlength={LIMITS.number}
            disabled={disabled}
            placeholder='如：上公发〔2023〕12号'
            onInput={(e) => change('number', e.detail.value)}
          />
        </FormField>
        <DateField
          label='成文日期'
          field='issuedAt'
          value={form.issuedAt}
          issues={issues}
          required
          end={chinaDate()}
          disabled={disabled}
          onChange={(value) => change('issuedAt', value)}
        />
        <DateField
          label='施行日期'
          field='effectiveAt'
          value={form.effectiveAt}
          issues={issues}
          hint='可不填'
          disabled={disabled}
          onChange={(value) => change('effectiveAt', value)}
        />
        <FormField
          label='效力状态'
          field='validity'
          issues={issues}
          required
          hint='文件修改、废止或失效后，请改为相应状态，群众在文件和解读上都能看到'
        >
          <OptionPicker
            options={VALIDITIES}
            labels={VALIDITY_LABELS}
            value={form.validity}
            placeholder='请选择效力状态'
            disabled={disabled}
            onChange={(value) => change('validity', value)}
          />
        </FormField>
        <FormField
          label='公开属性'
          field='disclosure'
          issues={issues}
          required
          hint='只有「主动公开」的文件会向群众公开；其余发布后只在工作人员端留存'
        >
          <OptionPicker
            options={DISCLOSURES}
            labels={DISCLOSURE_LABELS}
            value={form.disclosure}
            placeholder='请选择公开属性'
            disabled={disabled}
            onChange={(value) => change('disclosure', value)}
          />
        </FormField>
      </StaffCard>

      <StaffCard title='正文'>
        <FormField
          label='正文'
          field='body'
          issues={issues}
          required
          hint={counter(form.body, LIMITS.body)}
        >
          <Textarea
            className='form-field__textarea draft-editor__body'
            value={form.body}
            maxlength={LIMITS.body}
            disabled={disabled}
            autoHeight
            placeholder='文件全文，分段请换行'
            onInput={(e) => change('body', e.detail.value)}
          />
        </FormField>
      </StaffCard>

      <AttachmentsEditor {...props} />
    </>
  );
}
