import { Text, View } from '@tarojs/components';
import type { FieldIssue } from '@sunshine/shared';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  /** The field's dot path, as the shared schema and the server name it. */
  field: string;
  issues: FieldIssue[];
  required?: boolean;
  children: ReactNode;
}

/** One labelled field of the application form, its problem (if any) underneath. */
export function ApplyField({ label, field, issues, required, children }: Props) {
  const problem = issues.find((issue) => issue.field === field)?.message;
  return (
    <View className='apply__field' data-field={field}>
      <Text className='apply__label'>
        {label}
        {required && <Text className='apply__required'> *</Text>}
      </Text>
      {children}
      {problem && <Text className='apply__problem'>{problem}</Text>}
    </View>
  );
}
