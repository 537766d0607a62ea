import { Text, View } from '@tarojs/components';
import {
  CONCERN_ENTRY_KINDS,
  CONCERN_ENTRY_LABELS,
  type ConcernLink,
  type FieldIssue,
} from '@sunshine/shared';
import { useRemote } from '../../../../hooks/use-remote';
import { listConcernChoices } from '../../../../services/concerns';
import { FormField } from '../../components/form-field';
import { OptionPicker } from '../../components/option-picker';
import { StaffCard } from '../../components/staff-card';

const NONE = '';

/**
 * 关联关切: a notice, Q&A or interpretation may answer an open concern. Once published it joins
 * the concern's thread as the entry chosen (首次权威发布, 进展通报, 辟谣, 情况说明), and goes to the
 * concern's followers and 紧急通告's subscribers.
 */
export function ConcernLinkField({
  value,
  issues,
  disabled,
  onChange,
}: {
  value?: ConcernLink;
  issues: FieldIssue[];
  disabled: boolean;
  onChange: (value: ConcernLink | undefined) => void;
}) {
  const open = useRemote(listConcernChoices, []);
  const concerns = open.data ?? [];
  const ids = [NONE, ...concerns.map((concern) => concern.id)];
  // A concern no longer open stays named by its id: the server refuses it with its reason.
  if (value && !ids.includes(value.id)) ids.push(value.id);
  const titles: Record<string, string> = {
    [NONE]: '不关联',
    ...Object.fromEntries(concerns.map((concern) => [concern.id, concern.title])),
    ...(value && !concerns.some((concern) => concern.id === value.id)
      ? { [value.id]: `关切 ${value.id}` }
      : {}),
  };
  return (
    <StaffCard title='关联关切'>
      <FormField label='回应的关切' field='concern' issues={issues}>
        <OptionPicker
          options={ids}
          labels={titles}
          value={value?.id ?? NONE}
          placeholder='不关联'
          disabled={disabled}
          onChange={(id) =>
            onChange(id === NONE ? undefined : { id, entry: value?.entry ?? 'update' })
          }
        />
        {open.error && (
          <Text className='draft-editor__muted'>
            暂时无法读取正在回应的关切：{open.error.message}
          </Text>
        )}
      </FormField>
      {value && (
        <FormField label='信息类别' field='concern.entry' issues={issues} required>
          <View>
            <OptionPicker
              options={CONCERN_ENTRY_KINDS}
              labels={CONCERN_ENTRY_LABELS}
              value={value.entry}
              placeholder='请选择信息类别'
              disabled={disabled}
              onChange={(entry) => onChange({ ...value, entry })}
            />
          </View>
        </FormField>
      )}
    </StaffCard>
  );
}
