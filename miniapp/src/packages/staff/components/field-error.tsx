import { Text, View } from '@tarojs/components';
import type { FieldIssue } from '@sunshine/shared';
import { messagesFor } from './field-issues';
import './field-error.scss';

/** The problems with one field, in red under it. */
export function FieldError({ issues, field }: { issues: FieldIssue[]; field: string }) {
  const messages = messagesFor(issues, field);
  if (messages.length === 0) return null;
  return (
    <View className='field-error' role='alert'>
      {messages.map((message, index) => (
        <Text key={index} className='field-error__text'>
          {message}
        </Text>
      ))}
    </View>
  );
}
