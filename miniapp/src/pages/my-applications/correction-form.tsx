import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import {
  APPLICATION_LIMITS,
  CorrectionInputSchema,
  validate,
  type CorrectionInput,
  type MyApplicationView,
} from '@sunshine/shared';
import { useSubmission } from '../../hooks/use-submission';
import { correctApplication } from '../../services/applications';
import { newClientKey } from '../../services/client-key';

interface Props {
  applicationId: string;
  onCorrected: (view: MyApplicationView) => void;
}

/** What the applicant sends back when asked to correct the application; retries are one correction. */
export function CorrectionForm({ applicationId, onCorrected }: Props) {
  const [clientKey] = useState(newClientKey);
  const [text, setText] = useState('');
  const {
    submit: send,
    busy,
    failure,
    issues,
  } = useSubmission(async (correction: CorrectionInput) =>
    onCorrected(await correctApplication(applicationId, correction)),
  );
  const submit = () => send(validate(CorrectionInputSchema, { clientKey, text }));
  // One field: its issue, or what went wrong otherwise.
  const problem = failure ?? issues[0]?.message;

  return (
    <View className='my-applications__correction'>
      <Textarea
        className='my-applications__textarea'
        value={text}
        maxlength={APPLICATION_LIMITS.correction}
        placeholder='按上面的要求补充或更正申请内容'
        onInput={(event) => setText(event.detail.value)}
      />
      {problem && <Text className='my-applications__problem'>{problem}</Text>}
      <View
        className={`my-applications__submit${busy ? ' my-applications__submit--busy' : ''}`}
        ariaRole='button'
        onClick={() => !busy && void submit()}
      >
        <Text>{busy ? '正在提交…' : '提交补正'}</Text>
      </View>
    </View>
  );
}
