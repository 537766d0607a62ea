import { Input, Textarea } from '@tarojs/components';
import {
  FORMAT_LABELS,
  INTERPRETATION_FORMATS,
  SECTION_KEYS,
  SECTION_LABELS,
} from '@sunshine/shared';
import { FormField } from '../../components/form-field';
import { chinaDate } from '../../components/format-time';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';
import { CatalogueFields } from './catalogue-fields';
import { counter } from './counter';
import { DateField } from './date-field';
import { DocumentLinks } from './document-links';
import type { PickedDocument } from './document-search';
import { DRAFT_LIMITS } from './draft-limits';
import type { InterpretationForm } from './draft-model';
import { MediaEditor } from './media-editor';
import { QaEditor } from './qa-editor';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.interpretation;

/** Every field of an interpretation draft, each with its problems underneath. */
export function InterpretationFields(props: FieldsProps<InterpretationForm>) {
  const { form, issues, change, disabled } = props;
  // The source as printed is still required; a document found by search gives its title for free.
  const linkDocument = (ids: string[], picked?: PickedDocument) => {
    change('documentId', ids[0] ?? '');
    if (picked?.title && !form.document.title.trim()) change('document.title', picked.title);
  };
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
            placeholder='一两句话说明解读要点'
            onInput={(e) => change('summary', e.detail.value)}
          />
        </FormField>
        <FormField label='解读形式' field='format' issues={issues} required>
          <OptionPicker
            options={INTERPRETATION_FORMATS}
            labels={FORMAT_LABELS}
            value={form.format}
            placeholder='请选择解读形式'
            disabled={disabled}
            onChange={(value) => change('format', value)}
          />
        </FormField>
      </CatalogueFields>

      <StaffCard title='解读文件'>
        <FormField
          label='关联政策文件'
          field='documentId'
          issues={issues}
          hint='可选。关联文库中的文件后，群众在解读页可看到该文件的现行效力'
        >
          <DocumentLinks
            ids={form.documentId ? [form.documentId] : []}
            max={1}
            issues={issues}
            disabled={disabled}
            onChange={linkDocument}
          />
        </FormField>
        <FormField label='文件标题' field='document.title' issues={issues} required>
          <Input
            className='form-field__input'
            value={form.document.title}
            maxlength={LIMITS.documentTitle}
            disabled={disabled}
            placeholder='被解读文件的全称'
            onInput={(e) => change('document.title', e.detail.value)}
          />
        </FormField>
        <FormField label='文号' field='document.number' issues={issues} hint='没有文号的可不填'>
          <Input
            className='form-field__input'
            value={form.document.number}
            maxlength={LIMITS.documentNumber}
            disabled={disabled}
            placeholder='如：上公发〔2023〕12号'
            onInput={(e) => change('document.number', e.detail.value)}
          />
        </FormField>
        <FormField label='发文机关' field='document.issuer' issues={issues} required>
          <Input
            className='form-field__input'
            value={form.document.issuer}
            maxlength={LIMITS.issuer}
            disabled={disabled}
            placeholder='如：长治市公安局上党分局'
            onInput={(e) => change('document.issuer', e.detail.value)}
          />
        </FormField>
        <DateField
          label='成文日期'
          field='document.issuedAt'
          value={form.document.issuedAt}
          issues={issues}
          required
          end={chinaDate()}
          disabled={disabled}
          onChange={(value) => change('document.issuedAt', value)}
        />
      </StaffCard>

      <StaffCard title='解读内容'>
        {SECTION_KEYS.map((key) => (
          <FormField
            key={key}
            label={SECTION_LABELS[key]}
            field={`sections.${key}`}
            issues={issues}
            required
            hint={counter(form.sections[key], LIMITS.sections[key])}
          >
            <Textarea
              className='form-field__textarea'
              value={form.sections[key]}
              maxlength={LIMITS.sections[key]}
              disabled={disabled}
              autoHeight
              placeholder={`${SECTION_LABELS[key]}，分段请换行`}
              onInput={(e) => change(`sections.${key}`, e.detail.value)}
            />
          </FormField>
        ))}
      </StaffCard>

      <MediaEditor form={form} issues={issues} change={change} disabled={disabled} />

      <QaEditor
        field='qa'
        pairs={form.qa}
        max={LIMITS.qaCount}
        title='政策问答'
        emptyHint='可选。群众关心的问题，可逐条列出问答。'
        issues={issues}
        change={change}
        disabled={disabled}
      />
    </>
  );
}
