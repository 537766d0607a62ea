import { Switch, Text, Textarea, View } from '@tarojs/components';
import { FormField } from '../../components/form-field';
import { StaffCard } from '../../components/staff-card';
import { CatalogueFields } from './catalogue-fields';
import { counter } from './counter';
import { DRAFT_LIMITS } from './draft-limits';
import type { NoticeForm } from './draft-model';
import type { FieldsProps } from './use-draft-form';

const LIMITS = DRAFT_LIMITS.notice;

/** Every field of an authoritative notice (权威发布): short text, and whether it is urgent. */
export function NoticeFields(props: FieldsProps<NoticeForm>) {
  const { form, issues, change, disabled } = props;
  return (
    <>
      <CatalogueFields {...props} />

      <StaffCard title='发布内容'>
        <FormField
          label='正文'
          field='body'
          issues={issues}
          required
          hint={counter(form.body, LIMITS.body)}
        >
          <Textarea
            className='form-field__textarea'
            value={form.body}
            maxlength={LIMITS.body}
            disabled={disabled}
            autoHeight
            placeholder='简明写清事项、时间、范围，分段请换行'
            onInput={(e) => change('body', e.detail.value)}
          />
        </FormField>
        <FormField
          label='紧急'
          field='urgent'
          issues={issues}
          hint='紧急的权威发布排在审核列表最前，并在群众端标注「紧急」'
        >
          <View className='draft-editor__switch'>
            <Text className={form.urgent ? 'draft-editor__switch-on' : 'draft-editor__muted'}>
              {form.urgent ? '紧急发布' : '非紧急'}
            </Text>
            {/* The theme's accent red ($color-accent): a Switch takes its colour as a prop, not from SCSS. */}
            <Switch
              nativeProps={{ 'aria-label': '紧急' }}
              checked={form.urgent}
              disabled={disabled}
              color='#c8161d'
              onChange={(e) => change('urgent', e.detail.value)}
            />
          </View>
        </FormField>
      </StaffCard>
    </>
  );
}
