import { Input, Textarea } from '@tarojs/components';
import { CATEGORY_LABELS, DISCLOSURE_CATEGORIES } from '@sunshine/shared';
import { useTopics } from '../../../../hooks/use-topics';
import { useOffices } from '../../../../hooks/use-bureau';
import type { ReactNode } from 'react';
import { FormField } from '../../components/form-field';
import { chinaDate } from '../../components/format-time';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';
import { DateField } from './date-field';
import { DRAFT_LIMITS } from './draft-limits';
import type { DraftForm } from './draft-model';
import type { EditorKind } from './editor-kind';
import type { FieldsProps } from './use-draft-form';

/** How each kind names its title; the labels match the schemas' messages ("问题不能为空"). */
const TITLES: Record<EditorKind, { label: string; placeholder: string; long?: boolean }> = {
  document: { label: '文件标题', placeholder: '文件全称，如：关于…的通知', long: true },
  interpretation: { label: '标题', placeholder: '如：关于《…》的解读' },
  qa: { label: '问题', placeholder: '群众关心的问题，如：身份证丢了怎么补办？', long: true },
  notice: { label: '标题', placeholder: '如：关于…的通告' },
  guide: { label: '事项名称', placeholder: '如：居民身份证换领' },
  consultation: { label: '草案标题', placeholder: '如：关于…的若干措施（征求意见稿）', long: true },
};

/**
 * What every kind has: its title, and where residents find it (category, office, topic). The
 * kind's own basic fields go between the title and the pickers.
 */
export function CatalogueFields({
  form,
  issues,
  change,
  disabled,
  children,
}: FieldsProps<DraftForm> & { children?: ReactNode }) {
  const title = TITLES[form.kind];
  const max = DRAFT_LIMITS.title[form.kind];
  const onTitle = (value: string) => change('title', value);
  // Built-in topics at once; those an admin added when the list arrives.
  const topics = useTopics();
  const topicLabels = Object.fromEntries(topics.map((topic) => [topic.key, topic.label]));
  // The bureau's offices (机关信息): the picker offers every one, so the profile is read once.
  const offices = useOffices('list');
  const officeLabels = Object.fromEntries(offices.map((office) => [office.id, office.name]));
  return (
    <StaffCard title='基本信息'>
      <FormField label={title.label} field='title' issues={issues} required>
        {title.long ? (
          <Textarea
            className='form-field__textarea draft-editor__short-text'
            value={form.title}
            maxlength={max}
            disabled={disabled}
            autoHeight
            placeholder={title.placeholder}
            onInput={(e) => onTitle(e.detail.value)}
          />
        ) : (
          <Input
            className='form-field__input'
            value={form.title}
            maxlength={max}
            disabled={disabled}
            placeholder={title.placeholder}
            onInput={(e) => onTitle(e.detail.value)}
          />
        )}
      </FormField>
      {children}
      {form.kind !== 'document' && (
        <DateField
          label='信息形成或变更日期'
          field='madeOn'
          value={form.madeOn}
          issues={issues}
          end={chinaDate()}
          hint='应自此日起 20 个工作日内公开；不填则不计算公开时限'
          disabled={disabled}
          onChange={(value) => change('madeOn', value)}
        />
      )}
      <FormField label='公开类别' field='category' issues={issues} required>
        <OptionPicker
          options={DISCLOSURE_CATEGORIES}
          labels={CATEGORY_LABELS}
          value={form.category}
          placeholder='请选择公开类别'
          disabled={disabled}
          onChange={(value) => change('category', value)}
        />
      </FormField>
      <FormField
        label='科室'
        field='office'
        issues={issues}
        required
        hint='起草或发布本稿的科室，群众可按科室查找'
      >
        <OptionPicker
          options={offices.map((office) => office.id)}
          labels={officeLabels}
          value={form.office}
          placeholder='请选择科室'
          disabled={disabled}
          onChange={(value) => change('office', value)}
        />
      </FormField>
      <FormField label='主题' field='topic' issues={issues} required>
        <OptionPicker
          options={topics.map((topic) => topic.key)}
          labels={topicLabels}
          value={form.topic}
          placeholder='请选择主题'
          disabled={disabled}
          onChange={(value) => change('topic', value)}
        />
      </FormField>
    </StaffCard>
  );
}
