import { Input, Textarea } from '@tarojs/components';
import {
  DISCLOSURE_LABELS,
  DISCLOSURES,
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  ENDED_VALIDITIES,
  VALIDITIES,
  VALIDITY_LABELS,
  WITHHOLDING_GROUND_RULES,
  WITHHOLDING_GROUNDS,
  type WithholdingGround,
} from '@sunshine/shared';
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
const GROUND_LABELS = Object.fromEntries(
  WITHHOLDING_GROUNDS.map((ground) => [ground, WITHHOLDING_GROUND_RULES[ground].label]),
) as Record<WithholdingGround, string>;
const RULE_BASES = new Set(Object.values(WITHHOLDING_GROUND_RULES).map((rule) => rule.basis));

/** Every field of a policy document: its particulars, its disclosure, the full text, attachments. */
export function DocumentFields(props: FieldsProps<DocumentForm>) {
  const { form, issues, change, disabled } = props;
  const ended = (ENDED_VALIDITIES as readonly string[]).includes(form.validity);
  const withheld = form.disclosure !== undefined && form.disclosure !== 'proactive';
  // The basis follows the ground picked, unless staff wrote one of their own.
  const pickGround = (ground: WithholdingGround) => {
    const { basis } = form.withholding;
    const keep = basis.trim() !== '' && !RULE_BASES.has(basis);
    change('withholding', { ground, basis: keep ? basis : WITHHOLDING_GROUND_RULES[ground].basis });
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
        <FormField
          label='文件类型'
          field='documentType'
          issues={issues}
          required
          hint='年度报告按「规章」「行政规范性文件」统计；工作方案、通知等选「其他文件」'
        >
          <OptionPicker
            options={DOCUMENT_TYPES}
            labels={DOCUMENT_TYPE_LABELS}
            value={form.documentType}
            placeholder='请选择文件类型'
            disabled={disabled}
            onChange={(value) => change('documentType', value)}
          />
        </FormField>
        <DateField
          label='成文日期'
          field='issuedAt'
          value={form.issuedAt}
          issues={issues}
          required
          end={chinaDate()}
          hint='主动公开的文件应自成文之日起 20 个工作日内发布'
          disabled={disabled}
          onChange={(value) => change('issuedAt', value)}
        />
        <DateField
          label='变更日期'
          field='changedOn'
          value={form.changedOn}
          issues={issues}
          end={chinaDate()}
          hint='文件修改后填写；发布时限改从此日起算'
          disabled={disabled}
          onChange={(value) => change('changedOn', value)}
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
        {ended && (
          <DateField
            label='废止或失效日期'
            field='repealedOn'
            value={form.repealedOn}
            issues={issues}
            required
            disabled={disabled}
            onChange={(value) => change('repealedOn', value)}
          />
        )}
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
        {withheld && (
          <>
            <FormField
              label='不予主动公开的理由'
              field='withholding.ground'
              issues={issues}
              required
              hint='列入负面清单的类别：群众可看到每类的数量，看不到文件本身'
            >
              <OptionPicker
                options={WITHHOLDING_GROUNDS}
                labels={GROUND_LABELS}
                value={form.withholding.ground}
                placeholder='请选择理由'
                disabled={disabled}
                onChange={pickGround}
              />
            </FormField>
            <FormField
              label='依据'
              field='withholding.basis'
              issues={issues}
              required
              hint='已按所选理由预填，可写明具体条款'
            >
              <Input
                className='form-field__input'
                value={form.withholding.basis}
                maxlength={200}
                disabled={disabled}
                placeholder='如：《中华人民共和国政府信息公开条例》第十六条'
                onInput={(e) => change('withholding.basis', e.detail.value)}
              />
            </FormField>
          </>
        )}
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
