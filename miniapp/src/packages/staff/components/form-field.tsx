import { Text, View } from '@tarojs/components';
import type { FieldIssue } from '@sunshine/shared';
import type { ReactNode } from 'react';
import { FieldError } from './field-error';
import { messagesFor } from './field-issues';
import './form-field.scss';

interface Props {
  label: string;
  /** The field's dot path, as validation and the server name it. */
  field?: string;
  issues?: FieldIssue[];
  required?: boolean;
  hint?: string;
  children: ReactNode;
}

/**
 * One labelled form field with its problems underneath. Inputs inside take the classes
 * `form-field__input`, `form-field__textarea` and `form-field__picker`, styled here.
 */
export function FormField({ label, field, issues = [], required, hint, children }: Props) {
  const invalid = field !== undefined && messagesFor(issues, field).length > 0;
  return (
    <View className={`form-field${invalid ? ' form-field--invalid' : ''}`} data-field={field}>
      <View className='form-field__label'>
        <Text>{label}</Text>
        {required && <Text className='form-field__required'>*</Text>}
      </View>
      {children}
      {hint && <Text className='form-field__hint'>{hint}</Text>}
      {field !== undefined && <FieldError issues={issues} field={field} />}
    </View>
  );
}
