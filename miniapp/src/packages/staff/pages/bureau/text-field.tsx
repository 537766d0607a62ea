import { Input } from '@tarojs/components';
import type { FieldIssue } from '@sunshine/shared';
import { FormField } from '../../components/form-field';

interface Props {
  label: string;
  /** The dot path the schema and the server name it by. */
  field: string;
  value: string;
  onChange: (value: string) => void;
  issues: FieldIssue[];
  placeholder?: string;
  maxlength?: number;
  hint?: string;
  required?: boolean;
  disabled?: boolean;
}

/** One line of text of the profile, with its problems under it. */
export function TextField({
  label,
  field,
  value,
  onChange,
  issues,
  placeholder,
  maxlength = 100,
  hint,
  required = true,
  disabled,
}: Props) {
  return (
    <FormField label={label} field={field} issues={issues} required={required} hint={hint}>
      <Input
        className='form-field__input'
        nativeProps={{ 'aria-label': label }}
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
        disabled={disabled}
        onInput={(event) => onChange(event.detail.value)}
      />
    </FormField>
  );
}
