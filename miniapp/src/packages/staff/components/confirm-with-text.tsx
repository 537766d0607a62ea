import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { validate } from '@sunshine/shared';
import { useAction } from '../../../hooks/use-submission';
import { ActionButton } from './action-button';
import { FieldError } from './field-error';
import { maxLengthOf } from './schema-limits';
import './confirm-with-text.scss';

type Schema = Parameters<typeof validate>[0] & { entries: Record<string, unknown> };

interface Props {
  title: string;
  /** The one-field input schema, e.g. ReturnInputSchema, and the field's name in it. */
  schema: Schema;
  field: string;
  placeholder: string;
  confirmText: string;
  danger?: boolean;
  /** Resolves when done (the caller then closes the dialog); a failure is shown in the dialog. */
  onConfirm: (text: string) => Promise<void>;
  onCancel: () => void;
}

/** A dialog asking for a required text (a return comment, a withdrawal reason) before acting. */
export function ConfirmWithText({
  title,
  schema,
  field,
  placeholder,
  confirmText,
  danger,
  onConfirm,
  onCancel,
}: Props) {
  const [text, setText] = useState('');
  const { submit, busy, failure, issues, setIssues } = useAction();

  // The caller closes the dialog once done: it stays busy until then.
  const confirm = () =>
    submit(
      validate(schema, { [field]: text }),
      (value) => onConfirm(String((value as Record<string, unknown>)[field])),
      { keepBusy: true },
    );

  return (
    <View className='confirm-dialog' catchMove>
      <View className='confirm-dialog__panel' role='dialog' aria-label={title}>
        <Text className='confirm-dialog__title'>{title}</Text>
        <Textarea
          className='confirm-dialog__textarea'
          value={text}
          placeholder={placeholder}
          maxlength={maxLengthOf(schema.entries[field])}
          fixed
          onInput={(event) => {
            setText(event.detail.value);
            setIssues([]);
          }}
        />
        <FieldError issues={issues} field={field} />
        {failure && <Text className='confirm-dialog__failure'>{failure}</Text>}
        <View className='confirm-dialog__actions'>
          <ActionButton variant='secondary' compact onClick={onCancel} disabled={busy}>
            取消
          </ActionButton>
          <ActionButton
            variant={danger ? 'danger' : 'primary'}
            compact
            busy={busy}
            onClick={() => void confirm()}
          >
            {confirmText}
          </ActionButton>
        </View>
      </View>
    </View>
  );
}
