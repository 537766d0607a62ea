import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import { SERVICE_KIND_LABELS, SERVICE_KINDS } from '@sunshine/shared';
import { FormField } from '../../components/form-field';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';
import { CatalogueFields } from './catalogue-fields';
import { counter } from './counter';
import { DocumentLinks } from './document-links';
import { DRAFT_LIMITS } from './draft-limits';
import type { GuideForm } from './draft-model';
import { FeeFields } from './fee-fields';
import { MaterialsEditor } from './materials-editor';
import { PlaceFields } from './place-fields';
import { QaEditor } from './qa-editor';
import { StepsEditor } from './steps-editor';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.guide;

/** Every field of a service guide (办事指南), in the order of the provincial standard's template. */
export function GuideFields(props: FieldsProps<GuideForm>) {
  const { form, issues, change, disabled } = props;
  return (
    <>
      <CatalogueFields {...props}>
        <FormField
          label='事项编码'
          field='code'
          issues={issues}
          required
          hint='本单位事项目录中的编码，导入表格时按此编码对应'
        >
          <Input
            className='form-field__input'
            value={form.code}
            disabled={disabled}
            placeholder='如：GA-HJ-0001'
            onInput={(e) => change('code', e.detail.value)}
          />
        </FormField>
        <FormField label='事项类型' field='serviceKind' issues={issues} required>
          <OptionPicker
            options={SERVICE_KINDS}
            labels={SERVICE_KIND_LABELS}
            value={form.serviceKind}
            placeholder='请选择事项类型'
            disabled={disabled}
            onChange={(value) => change('serviceKind', value)}
          />
        </FormField>
        <FormField
          label='简版指南'
          field='short'
          issues={issues}
          required
          hint={counter(form.short, LIMITS.short)}
        >
          <Textarea
            className='form-field__textarea'
            value={form.short}
            maxlength={LIMITS.short}
            disabled={disabled}
            autoHeight
            placeholder='几句话说清：谁能办、带什么、去哪办、多久办好'
            onInput={(e) => change('short', e.detail.value)}
          />
        </FormField>
      </CatalogueFields>

      <StaffCard title='依据与条件'>
        <FormField
          label='设定依据'
          field='basis'
          issues={issues}
          required
          hint={counter(form.basis, LIMITS.basis)}
        >
          <Textarea
            className='form-field__textarea'
            value={form.basis}
            maxlength={LIMITS.basis}
            disabled={disabled}
            autoHeight
            placeholder='法律法规名称及条款'
            onInput={(e) => change('basis', e.detail.value)}
          />
        </FormField>
        <FormField
          label='申请条件'
          field='eligibility'
          issues={issues}
          required
          hint={counter(form.eligibility, LIMITS.eligibility)}
        >
          <Textarea
            className='form-field__textarea'
            value={form.eligibility}
            maxlength={LIMITS.eligibility}
            disabled={disabled}
            autoHeight
            placeholder='谁可以申请，须满足哪些条件'
            onInput={(e) => change('eligibility', e.detail.value)}
          />
        </FormField>
        <FormField label='不予受理情形' field='refusalGrounds' issues={issues} hint='可选'>
          <Textarea
            className='form-field__textarea'
            nativeProps={{ 'aria-label': '不予受理情形' }}
            value={form.refusalGrounds}
            maxlength={LIMITS.refusalGrounds}
            disabled={disabled}
            autoHeight
            onInput={(e) => change('refusalGrounds', e.detail.value)}
          />
        </FormField>
      </StaffCard>

      <MaterialsEditor {...props} />
      <StepsEditor {...props} />

      <StaffCard title='办理时限'>
        <FormField
          label={form.statutoryCalendarDays ? '法定办结时限（日）' : '法定办结时限（工作日）'}
          field='statutoryDays'
          issues={issues}
          required
          hint='法律法规未规定时限的填 0'
        >
          <Input
            className='form-field__input'
            nativeProps={{
              'aria-label': form.statutoryCalendarDays
                ? '法定办结时限（日）'
                : '法定办结时限（工作日）',
            }}
            type='number'
            value={form.statutoryDays}
            disabled={disabled}
            onInput={(e) => change('statutoryDays', e.detail.value)}
          />
        </FormField>
        {/* Some laws count calendar days (居民身份证法: 60 日); residents must read the law's unit. */}
        <FormField label='法定时限按自然日计算' field='statutoryCalendarDays' issues={issues}>
          <View className='draft-editor__switch'>
            <Text
              className={
                form.statutoryCalendarDays ? 'draft-editor__switch-on' : 'draft-editor__muted'
              }
            >
              {form.statutoryCalendarDays ? '自然日' : '工作日'}
            </Text>
            <Switch
              nativeProps={{ 'aria-label': '法定时限按自然日计算' }}
              checked={form.statutoryCalendarDays}
              disabled={disabled}
              onChange={(e) => change('statutoryCalendarDays', e.detail.value)}
            />
          </View>
        </FormField>
        <FormField
          label='承诺办结时限（工作日）'
          field='promisedDays'
          issues={issues}
          required
          hint='即办件填 0；不能长于法定办结时限'
        >
          <Input
            className='form-field__input'
            nativeProps={{ 'aria-label': '承诺办结时限（工作日）' }}
            type='number'
            value={form.promisedDays}
            disabled={disabled}
            onInput={(e) => change('promisedDays', e.detail.value)}
          />
        </FormField>
        <FormField
          label='特殊环节'
          field='excludedSteps'
          issues={issues}
          hint='可选。不计入办结时限的环节，如：公示、专家评审'
        >
          <Textarea
            className='form-field__textarea draft-editor__short-text'
            nativeProps={{ 'aria-label': '特殊环节' }}
            value={form.excludedSteps}
            maxlength={LIMITS.excludedSteps}
            disabled={disabled}
            autoHeight
            onInput={(e) => change('excludedSteps', e.detail.value)}
          />
        </FormField>
      </StaffCard>

      <FeeFields {...props} />
      <PlaceFields {...props} />

      <StaffCard title='网上办理'>
        <FormField
          label='网上办理地址'
          field='onlineUrl'
          issues={issues}
          hint='可选，不能网上办理的不填'
        >
          <Input
            className='form-field__input'
            value={form.onlineUrl}
            disabled={disabled}
            placeholder='https://'
            onInput={(e) => change('onlineUrl', e.detail.value)}
          />
        </FormField>
        <FormField label='到现场次数' field='visits' issues={issues} required hint='全程网办填 0'>
          <Input
            className='form-field__input'
            nativeProps={{ 'aria-label': '到现场次数' }}
            type='number'
            value={form.visits}
            disabled={disabled}
            onInput={(e) => change('visits', e.detail.value)}
          />
        </FormField>
      </StaffCard>

      <QaEditor
        field='faq'
        pairs={form.faq}
        max={LIMITS.faqCount}
        title='常见问题'
        emptyHint='可选。群众办理时常问的问题，可逐条列出。'
        issues={issues}
        change={change}
        disabled={disabled}
      />

      <StaffCard title='依据文件'>
        <FormField
          label='关联政策文件'
          field='documentIds'
          issues={issues}
          hint={`可选，最多 ${LIMITS.documentCount} 个`}
        >
          <DocumentLinks
            ids={form.documentIds}
            max={LIMITS.documentCount}
            issues={issues}
            rowField={(index) => `documentIds.${index}`}
            disabled={disabled}
            onChange={(ids) => change('documentIds', ids)}
          />
        </FormField>
      </StaffCard>
    </>
  );
}
