import { Picker, Text, View } from '@tarojs/components';
import type { FieldIssue } from '@sunshine/shared';
import { FormField } from '../../components/form-field';
import { chinaDate } from '../../components/format-time';

interface Props {
  label: string;
  field: string;
  value: string;
  issues: FieldIssue[];
  required?: boolean;
  hint?: string;
  /** The latest date allowed, e.g. today for a date a document was written. */
  end?: string;
  disabled: boolean;
  onChange: (value: string) => void;
}

/** A date (YYYY-MM-DD) picked on a calendar; an optional one can be cleared again. */
export function DateField({
  label,
  field,
  value,
  issues,
  required,
  hint,
  end,
  disabled,
  onChange,
}: Props) {
  return (
    <FormField label={label} field={field} issues={issues} required={required} hint={hint}>
      <Picker
        mode='date'
        value={value || chinaDate()}
        end={end}
        disabled={disabled}
        onChange={(e) => onChange(e.detail.value)}
      >
        <View className='form-field__picker'>
          <Text className={value ? '' : 'form-field__picker-placeholder'}>
            {value || `请选择${label}`}
          </Text>
          <Text className='form-field__picker-arrow'>选择 ›</Text>
        </View>
      </Picker>
      {!required && value && !disabled && (
        <Text className='draft-editor__link' onClick={() => onChange('')}>
          清除{label}
        </Text>
      )}
    </FormField>
  );
}
