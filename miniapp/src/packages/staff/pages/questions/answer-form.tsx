import { Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { AnswerQuestionInputSchema, validate } from '@sunshine/shared';
import { useAction } from '../../../../hooks/use-submission';
import { answerQuestion } from '../../../../services/staff';
import { ActionButton } from '../../components/action-button';
import { FormField } from '../../components/form-field';
import { Notice } from '../../components/notice';
import { maxLengthOf } from '../../components/schema-limits';

const ANSWER_MAX = maxLengthOf(AnswerQuestionInputSchema.entries.text);

interface Props {
  questionId: string;
  /** After the server accepted the answer: the page drops the question from its list. */
  onAnswered: (id: string) => void;
}

/** The answer box under one question, checked with the same schema the server applies. */
export function AnswerForm({ questionId, onAnswered }: Props) {
  const [text, setText] = useState('');
  const { submit: send, busy, failure, issues, setIssues } = useAction();

  // A 409 means a colleague answered first: the server's words say so. Once answered, the question leaves the list.
  const submit = () =>
    send(
      validate(AnswerQuestionInputSchema, { text }),
      async (answer) => {
        await answerQuestion(questionId, answer.text);
        onAnswered(questionId);
      },
      { keepBusy: true },
    );

  return (
    <View className='staff-questions__answer'>
      <FormField label='答复' field='text' issues={issues} required>
        <Textarea
          className='form-field__textarea'
          value={text}
          maxlength={ANSWER_MAX}
          autoHeight
          placeholder='写给留言群众的答复'
          onInput={(event) => {
            setText(event.detail.value);
            setIssues([]);
          }}
        />
      </FormField>
      {failure && <Notice tone='error'>{failure}</Notice>}
      <ActionButton busy={busy} onClick={() => void submit()}>
        提交答复
      </ActionButton>
    </View>
  );
}
